// SPDX-License-Identifier: MIT
#include "tableimporter.h"
