"""What Spanish, French, Portuguese and Italian grammars share: builders of patterns, rules and
compositions that take each language's words (`Lexicon`), so that every rule is written once
and each language's folder holds only its words, its examples and its few rules of its own.

Nothing here is a language: this package holds no word of any of them.
"""
