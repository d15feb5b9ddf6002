"""The cckg OWL ontology (`cckg.ttl`, the one hand-edited source) and its SHACL shapes."""
