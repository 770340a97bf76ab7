"""Money words: what a sum or a percentage is the value of, and whose.

The nouns a sum is written beside ("an $82 million deal", "a $2 million ransom"), the nouns a
percentage is a share of ("a 4.5% raise", "turnout was 62 percent"), the sides of a dispute,
and which profit a company's result is (net, operating, before tax). `concepts` reads them.
"""

from __future__ import annotations

import re
from typing import Final

# what an amount of money is the value of, by the word next to it (measures: "an $82 million
# deal" and "a contract worth $80 million" value one deal). Words of one kind share a class.
MONEY_NOUNS: Final = {
    **dict.fromkeys(("deal", "deals", "contract", "contracts", "offer", "offers", "extension",
                     "agreement", "pact"), "deal"),
    **dict.fromkeys(("bailout", "loan", "loans", "rescue", "package", "aid"), "bailout"),
    # what a company offers those it wronged ("a €25 credit to every customer"); not the word
    # "compensation", said of a whole scheme's cost as much as of what each is paid
    **dict.fromkeys(("refund", "refunds", "credit", "voucher", "vouchers", "payout"),
                    "compensation"),
    **dict.fromkeys(("reward", "bounty"), "reward"),
    **dict.fromkeys(("fine", "fined", "penalty", "settlement"), "fine"),
    **dict.fromkeys(("ransom",), "ransom"),
    **dict.fromkeys(("salary", "wage", "wages", "pay", "paid", "earns", "earned"), "pay"),
    **dict.fromkeys(("damage", "damages", "losses"), "damage"),
    # a sum written onto a gap or a surplus measures that, not the budget or the deal named near
    # it ("the budget closes an $86 million gap"); not "debt" or "reserve", which name what a
    # sum is of more often than hold it ("a debt bailout", "$30 million from the reserve fund")
    **dict.fromkeys(("gap", "shortfall", "deficit", "hole"), "deficit"),
    **dict.fromkeys(("surplus",), "surplus"),
    **dict.fromkeys(("budget", "spending"), "budget"),
    **dict.fromkeys(("fund", "funds", "appeal"), "fund"),  # "a $4 million relief fund"
    **dict.fromkeys(("dividend", "dividends"), "dividend"),
    # a one-off cost a company books ("restructuring charges of about 650 million euros")
    **dict.fromkeys(("charge", "charges", "writedown", "write-down", "impairment"), "charge"),
    **dict.fromkeys(("price", "priced", "costs", "cost", "sells", "sold"), "price"),
    **dict.fromkeys("stole stolen stealing theft embezzled embezzling embezzlement siphoned "
                    "misappropriated looted swindled defrauded defrauding".split(), "theft"),
    # a company's results and deals: what it took in, what it kept, what it pays for another
    **dict.fromkeys("revenue revenues sales turnover".split(), "revenue"),
    **dict.fromkeys("profit profits earnings income".split(), "profit"),
    **dict.fromkeys("acquire acquiring acquisition buy buying purchase takeover".split(),
                    "acquisition"),
}
# what a percentage that is no change is a share of, by a word near it ("a 4.5% raise", "the
# offer of 3.5 percent", "turnout was 62 percent"); a premium or a discount is left out (its
# base, the last close or a three-month average, goes unsaid), and a stake (whose, unsaid)
VOTE_SHARE = "vote share"  # a candidate's: keyed by the person named (`concepts.party`)
PERCENT_NOUNS: Final = {
    **dict.fromkeys("raise raises rise increase hike pay wage wages salary salaries offer "
                    "offers demand demands".split(), "pay rise"),
    **dict.fromkeys(("turnout",), "turnout"),
    **dict.fromkeys(("vote", "votes", "ballots"), VOTE_SHARE),
    **dict.fromkeys(("unemployment", "jobless", "joblessness"), "unemployment rate"),
    **dict.fromkeys(("inflation",), "inflation rate"),
    # what rises, named before the rise: "a 4.5% property tax rise", "raise taxes by 4.5%"
    **dict.fromkeys(("tax", "taxes", "levy"), "tax rise"),
    **dict.fromkeys(("fare", "fares"), "fare rise"),
    **dict.fromkeys(("rent", "rents"), "rent rise"),
}
# a rise named by what rises right before it ("a tax rise of 4.5%"): that thing's rise, not pay
THING_RISE: Final = re.compile(
    r"\b(tax|taxes|levy|fares?|rents?)\s+(?:rise|raise|increase|hike)s?\b", re.I)
# which side a percentage in a dispute is (`PERCENT_NOUNS`): what one side asks for, what the
# other offers ("the union is demanding 12 percent", "the ministry offered 3.5 percent")
PERCENT_SIDES: Final = (
    ("demanded", re.compile(r"\b(?:demand\w*|seek\w*|sought|ask\w*|call\w* for|claim\w*|"
                            r"want\w*|push\w* for)\b", re.I)),
    ("offered", re.compile(r"\b(?:offer\w*|propos\w*|table[ds]?|put forward|agreed)\b", re.I)),
)
# sums of MONEY_NOUNS that are the event's, not a party's: the damage a fire did, the ransom
# pirates asked, the sum a crime took ("the fire at Ann Roe's church did $1 million in damage"
# is the fire's damage)
EVENT_MONEY: Final = frozenset({"damage", "ransom", "theft", "acquisition", "revenue", "profit"})
# the sums of a company's results, which a forecast in their clause makes no result (`FORESEEN`)
RESULTS_MONEY: Final = frozenset({"revenue", "profit"})
# words for a result a percentage change is of ("operating profit fell 22%")
RESULTS_WORDS: Final = frozenset({"profit", "profits", "income", "earnings"})
# which profit a figure is: net, operating, before tax ... (two measures of one quarter: "net
# profit fell 41% to 312 million", "operating profit fell 22% to 455 million"); "net income"
# is the net profit
_RESULTS_KIND = re.compile(r"\b(net|operating|pre-?tax|gross|underlying|adjusted|core)\s+"
                           r"(?:[\w-]+\s+)?(?:profits?|income|earnings)\b", re.I)


def results_kind(text: str) -> str | None:
    """Which profit a clause tells of ("Operating profit fell 22%": operating), the last one
    named; None when it names none."""
    found = _RESULTS_KIND.findall(text)
    return found[-1].lower().replace("pretax", "pre-tax") if found else None
