"""The language-independent machinery: rule records, the finder, the rule index."""
