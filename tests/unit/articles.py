"""Test articles written for this project (not taken from any corpus)."""

COUNCIL_BUDGET = """City council approves budget after marathon session

The city council voted on Tuesday to approve a $48 million budget, ending a debate that began \
two weeks ago. Council members said the plan would take effect next month. Mayor Jane Ortiz, \
who took office in 2019, said last week that the city's 2021 deficit had been closed.

The council first debated the plan on May 2. The next day, residents filled the chamber again. \
In recent days, opponents have gathered 1,200 signatures, and a referendum could follow in the \
near future. The 27-member council meets every Monday. Ortiz, 52, has served for six years. \
The city's population grew 4 percent over the past decade. Budget talks will resume on Friday.
"""
# Published on a Wednesday.
COUNCIL_PUBLISHED = "2023-06-14"

STORM_REPORT = """Storm leaves thousands without power

A storm that swept through the region on Sunday night knocked out power to 30,000 homes. \
Crews restored most lines by Monday morning, the utility said in a statement at 9 a.m. \
Forecasters expect another front on Thursday. The last storm of this size hit in the 1990s, \
and damage estimates for the first quarter are due in April.
"""
# Published on a Tuesday.
STORM_PUBLISHED = "2024-01-16"
