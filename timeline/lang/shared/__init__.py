"""What grammars of different languages share: produce functions that combine meanings, and
builders of compositions, rules and checks that take a language's words and its examples.

Nothing here is a language: this package holds no word of any of them. Each language's folder
keeps its words, its patterns and its examples, and hands them to a builder here, so that a
composition, rule or check is written once for every language that has it.

- `timeline.lang.shared.produce`: produce functions on meanings that grammars of different
  families have alike (English among them), with no word in them, and `vague_reading`, which
  takes a language's words for the future and the past.
- `timeline.lang.shared.holidays`: holiday names written as patterns made into the rule's
  alternation and the key lookup (English, German, Dutch).
- `timeline.lang.shared.germanic`, `germanic_rules`, `germanic_checks`: the compositions,
  rules and checks German and Dutch share.
- `timeline.lang.shared.cjk`, `cjk_rules`: the compositions and rules Chinese and Japanese
  share.

The package lives beside the grammars rather than in `timeline.engine`: the engine reads any
grammar and knows no meaning's calendar logic, while these functions are a grammar's own
reading of meanings, only shared. Importing this package imports none of its modules, and no
module here imports a language's folder, so English loads only `produce` and `holidays`.
"""
