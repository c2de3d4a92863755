#include "ui/Icons.h"

#include "ui/StatusStyle.h"

// A static library's resources are registered by hand: nothing else references them.
static void registerIconResources() {
    static const bool once = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(once)
}

namespace trainyard::ui {

QIcon themedIcon(const QString& name) {
    registerIconResources();
    const QString variant = isDarkPalette() ? QStringLiteral("dark") : QStringLiteral("light");
    const QIcon fallback(QStringLiteral(":/icons/%1/%2.svg").arg(variant, name));
    return QIcon::fromTheme(name, fallback);
}

} // namespace trainyard::ui
