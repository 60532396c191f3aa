"""What grammars of different languages share: produce functions that combine meanings, and
builders of compositions that take a language's joint words and its examples.

Nothing here is a language: this package holds no word of any of them. Each language's folder
keeps its words, its patterns and its examples, and hands them to a builder here, so that a
composition is written once for every language that has it.

- `timeline.lang.shared.produce`: produce functions on meanings that grammars of different
  families have alike (English among them), with no word in them.
- `timeline.lang.shared.germanic`: the compositions German and Dutch share.
- `timeline.lang.shared.cjk`: the compositions Chinese and Japanese share.

The package lives beside the grammars rather than in `timeline.engine`: the engine reads any
grammar and knows no meaning's calendar logic, while these functions are a grammar's own
reading of meanings, only shared. Importing this package imports none of its modules, and no
module here imports a language's folder, so English loads only `produce`.
"""
