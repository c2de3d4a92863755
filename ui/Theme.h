#pragma once

#include <QString>

namespace trainyard::ui {

// View → Theme. System keeps the platform's style and palette (a desktop in dark mode gives a
// dark palette, which every colour in ui/StatusStyle and the icons follow); Light and Dark use
// Qt's Fusion style with a palette of our own, for desktops that do not say.
enum class Theme { System, Light, Dark };

Theme savedTheme();           // QSettings "view/theme"; System when unset
void applyTheme(Theme theme); // the whole application, at once
void applySavedTheme();       // at start-up, before the first window
void saveTheme(Theme theme);
QString themeName(Theme theme); // "system" | "light" | "dark"
Theme themeFromName(const QString& name);

} // namespace trainyard::ui
