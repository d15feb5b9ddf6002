"""The builder: documents in, RDF out. One module per stage:
read → segment → recognise → relate → quantify → assemble → reason/validate → export."""
