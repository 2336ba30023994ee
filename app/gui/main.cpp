// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

int main(int argc, char *argv[])
{
    Akari::GuiApplication application(argc, argv);
    return application.exec();
}
