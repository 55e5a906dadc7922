"""The purchase planner: the cheapest gear to buy so that every target load can be built.

The user owns some loadable pieces and has a list of candidates they could buy (wishlist items or
catalogue suggestions), each with a price and how many of it may be bought. A programme asks for
some target loads. A target is *buildable* when some of the owned and bought pieces sum to it
exactly, or to within a tolerance when one is given.

:func:`plan_purchases` finds the cheapest multiset of purchases that makes every *reachable*
target buildable; a target is reachable when owned gear plus every candidate could build it.
Ties in price go to the plan with fewer pieces, then to a fixed search order, so the same input
always gives the same plan.

How it works. Masses become whole numbers of a common fraction of a kilogram and prices whole
numbers of a common fraction of the currency, so nothing is rounded. Candidates of the same
exact mass are merged into one group whose units are bought cheapest first. The problem is split
into independent parts when no candidate can help targets of two parts (exact kg and lb targets
usually split this way). Each part is an exact branch and bound over its groups, heaviest first,
deciding how many units of each to buy. It starts from a greedy plan, tracks the set of totals
the pieces so far can make (never above the heaviest target plus the tolerance), stops a branch
as soon as every target is met, and cuts a branch when a lower bound on what it still has to
spend reaches the best plan found. The bound is, over the unmet targets, the largest least price
of the remaining candidates that would complete that target on its own, read from tables made
before the search. With a tolerance the tables are kept in buckets a quarter of a target interval
wide, and the bound is a few bit-mask operations per target; a child whose bound already fails
on a cheap over-estimate of its totals is cut before its totals are traced. Every bound only
ever cuts branches that cannot beat the best plan found so far, so (within the node budget) the
plan found does not depend on how strong or cheap the bounds are, only the work done does.

A node budget (:data:`DEFAULT_NODE_BUDGET`) caps the work; when it runs out the plan is the best
found so far, still making every reachable target buildable, and is marked ``optimal=False``.
Realistic inputs (30 kettlebell candidates, 50 targets) need a few hundred nodes and tens of
milliseconds; a node costs more when the pieces can make many distinct totals (fine plates in
both units), about 0.2 ms each in benchmarks/bench_planner.py's hard case, whose slowest seed
still takes a few hundred nodes and over 100 ms.

The package, one idea per module: :mod:`.plans` (what goes in and comes out), :mod:`.inputs`
(checks and whole numbers), :mod:`.totals` (the integer model), :mod:`.parts` (independent
parts), :mod:`.bounds` (lower bounds), :mod:`.search` (the branch and bound and its greedy
start), :mod:`.reasons` (why a target cannot be built) and :mod:`.plan` (the coordinator).
"""

from sledplanner.domain.planner.plan import plan_purchases
from sledplanner.domain.planner.plans import DEFAULT_NODE_BUDGET, Candidate, PurchasePlan

__all__ = ["DEFAULT_NODE_BUDGET", "Candidate", "PurchasePlan", "plan_purchases"]
