# SPDX-License-Identifier: GPL-3.0-or-later
"""Exchange between offices: age-encrypted bundles, office keys, merge by revision ancestry (no Qt,
no database)."""
