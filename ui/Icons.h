#pragma once

#include <QIcon>
#include <QString>

namespace trainyard::ui {

// An action's icon by its freedesktop name ("view-refresh", "edit-delete"): the system icon
// theme's when it has one, else Trainyard's own SVG (resources/icons), drawn each time in the
// variant that reads on the palette of the moment (light or dark). SVGs scale, so HiDPI screens
// get sharp icons.
QIcon themedIcon(const QString& name);

} // namespace trainyard::ui
