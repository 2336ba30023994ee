// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrunner.h"

namespace Akari
{

CommandRunner::~CommandRunner() = default;

} // namespace Akari
