// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "clienteling.db")
Q_LOGGING_CATEGORY(lcModels, "clienteling.models")
Q_LOGGING_CATEGORY(lcDemo, "clienteling.demo")
