"""Training of the artifacts the services load: scorer models (and, later, the policy and the writer)."""
