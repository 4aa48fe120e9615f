// SPDX-License-Identifier: MIT
#include "recordsimporter.h"
