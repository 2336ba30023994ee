# SPDX-License-Identifier: GPL-3.0-or-later
# An option that also shows up in the feature summary at the end of configuration.
function(akari_feature_option name description default)
    option(${name} "${description}" ${default})
    add_feature_info(${name} ${name} "${description}")
endfunction()
