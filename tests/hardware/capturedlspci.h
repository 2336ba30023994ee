// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Captured `lspci -Dnn` lines shared by the PCI and Intel probe tests.
namespace Akari::Test::CapturedLspci
{

// A ThinkPad X1 Carbon Gen 9 with an Iris Xe MAX (DG1) beside its Tiger Lake iGPU, as `lspci -nn`
// printed it (wiki.wenyinos.com, "优化新型号英特尔显卡在Linux下的多媒体加速", 2023).
inline const QString TigerLake = QStringLiteral(
    "0000:00:02.0 VGA compatible controller [0300]: Intel Corporation TigerLake-LP GT2 [Iris Xe Graphics] [8086:9a49] "
    "(rev 01)");
inline const QString Dg1 = QStringLiteral(
    "0000:03:00.0 VGA compatible controller [0300]: Intel Corporation DG1 [Iris Xe MAX Graphics] [8086:4905] (rev 01)");
// An ASUS Tiger Lake laptop's host bridge (`lspci -nnk`): Intel, but not a display device.
inline const QString HostBridge = QStringLiteral("0000:00:00.0 Host bridge [0600]: Intel Corporation 11th Gen Core "
                                                 "Processor Host Bridge/DRAM Registers [8086:9a14] (rev 02)");
inline const QString Rtx4070 = QStringLiteral(
    "0000:01:00.0 VGA compatible controller [0300]: NVIDIA Corporation AD104 [GeForce RTX 4070] [10de:2786] (rev a1)");

} // namespace Akari::Test::CapturedLspci
