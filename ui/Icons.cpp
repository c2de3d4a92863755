#include "ui/Icons.h"

#include "ui/StatusStyle.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>

// A static library's resources are registered by hand: nothing else references them.
static void registerIconResources() {
    static const bool once = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(once)
}

namespace trainyard::ui {

namespace {
// Draws Trainyard's own SVG in the variant that reads on the palette of the moment, so a button
// made in the light theme shows the light-on-dark icon after View → Theme → Dark, unasked.
class PaletteIconEngine : public QIconEngine {
public:
    explicit PaletteIconEngine(QString name)
        : m_name(std::move(name)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override {
        current().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return current().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        return current().pixmap(size, scale, mode, state); // HiDPI: drawn at the screen's density
    }
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new PaletteIconEngine(m_name); }
    QString key() const override { return QStringLiteral("trainyard-palette"); }

private:
    // One QIcon per variant and name, so the SVG engine's rendered pixmaps are cached.
    QIcon current() const {
        static QHash<QString, QIcon> cache;
        const QString path =
            QStringLiteral(":/icons/%1/%2.svg")
                .arg(isDarkPalette() ? QStringLiteral("dark") : QStringLiteral("light"), m_name);
        auto it = cache.find(path);
        if (it == cache.end())
            it = cache.insert(path, QIcon(path));
        return *it;
    }

    QString m_name;
};
} // namespace

QIcon themedIcon(const QString& name) {
    registerIconResources();
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name); // the desktop's icon theme follows its own light and dark
    return QIcon(new PaletteIconEngine(name));
}

} // namespace trainyard::ui
