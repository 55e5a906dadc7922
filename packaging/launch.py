"""Entry script of the frozen SledPlanner bundle (see sledplanner.spec).

It imports the installed package rather than running ``src/sledplanner/__main__.py`` as a
script, so the bundle holds ``sledplanner`` as a normal package (with ``sledplanner/resources``).
"""

from sledplanner.__main__ import main

if __name__ == "__main__":
    main()
