// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchpythonsupport.h"

#include <algorithm>

namespace Akari
{

const QList<TorchPythonSupport::Release> &TorchPythonSupport::releases()
{
    // Source: pytorch/pytorch RELEASE.md, "Release Compatibility Matrix", column "Python":
    //   2.0, 2.1 ">=3.8, <=3.11"; 2.2, 2.3 ">=3.8, <=3.11, (3.12 experimental)";
    //   2.4 ">=3.8, <=3.12"; 2.5 ">=3.9, <=3.12, (3.13 experimental)";
    //   2.6 to 2.8 ">=3.9, <=3.13, (3.13t experimental)";
    //   2.9 to 2.12 ">=3.10, <=(3.14, 3.14t experimental)";
    //   2.13, 2.14 ">=3.10, <=(3.15, 3.15t experimental)".
    // Extend it when a release adds a row there.
    static const QList<Release> table{
        {0, 8, 11}, {1, 8, 11},  {2, 8, 12},   {3, 8, 12},   {4, 8, 12},   {5, 9, 13},   {6, 9, 13},   {7, 9, 13},
        {8, 9, 13}, {9, 10, 14}, {10, 10, 14}, {11, 10, 14}, {12, 10, 14}, {13, 10, 15}, {14, 10, 15},
    };
    return table;
}

int TorchPythonSupport::newestPython()
{
    const QList<Release> &table = releases();
    return std::ranges::max(table, {}, &Release::newestPython).newestPython;
}

} // namespace Akari
