"""Plain text -> model metadata: a language-independent core and one pack per language."""
