# SPDX-License-Identifier: GPL-3.0-or-later
"""Item models fed with frozen records from the services; tested without a window."""
