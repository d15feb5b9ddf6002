"""The bundled corpus: the three source documents, each with a front-matter citation header."""
