"""``python -m checkpoint_admin``: the same as the ``checkpoint-admin`` console script."""

import sys

from checkpoint_admin.main import main

sys.exit(main())
