#include "ui/StatusStyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>

namespace trainyard::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)
};
} // namespace

QString statusText(RunStatus status) {
    switch (status) {
    case RunStatus::NotStarted:
        return Tr::tr("Not started");
    case RunStatus::Queued:
        return Tr::tr("Queued");
    case RunStatus::Preparing:
        return Tr::tr("Preparing");
    case RunStatus::Starting:
        return Tr::tr("Starting");
    case RunStatus::Running:
        return Tr::tr("Running");
    case RunStatus::Finalizing:
        return Tr::tr("Finalizing");
    case RunStatus::Completed:
        return Tr::tr("Completed");
    case RunStatus::Failed:
        return Tr::tr("Failed");
    case RunStatus::Canceled:
        return Tr::tr("Canceled");
    }
    return toString(status);
}

QColor statusColor(RunStatus status) {
    switch (status) {
    case RunStatus::NotStarted:
    case RunStatus::Queued:
        return QColor(0x8a, 0x8a, 0x8a);
    case RunStatus::Preparing:
    case RunStatus::Starting:
        return QColor(0xd9, 0x8c, 0x00);
    case RunStatus::Running:
    case RunStatus::Finalizing:
        return QColor(0x1f, 0x6f, 0xd1);
    case RunStatus::Completed:
        return QColor(0x2e, 0x8b, 0x3e);
    case RunStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case RunStatus::Canceled:
        return QColor(0x6b, 0x4f, 0x9e);
    }
    return Qt::gray;
}

QIcon statusIcon(RunStatus status) {
    // Drawn, not loaded: no icon files to ship, and the colour matches the header exactly.
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(status));
    if (it != cache.end())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColor(status));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    if (!isTerminal(status) && status != RunStatus::NotStarted && status != RunStatus::Queued) {
        painter.setBrush(Qt::white);
        painter.drawEllipse(QRectF(6, 6, 4, 4));
    }
    painter.end();
    return *cache.insert(int(status), QIcon(pixmap));
}

QStringList nodeStates() {
    return {QStringLiteral("idle"),     QStringLiteral("running"), QStringLiteral("preparing"),
            QStringLiteral("unusable"), QStringLiteral("leaving"), QStringLiteral("preempted")};
}

QString nodeStateText(const QString& state) {
    if (state == QLatin1String("idle"))
        return Tr::tr("idle");
    if (state == QLatin1String("running"))
        return Tr::tr("running");
    if (state == QLatin1String("preparing"))
        return Tr::tr("preparing");
    if (state == QLatin1String("unusable"))
        return Tr::tr("unusable");
    if (state == QLatin1String("leaving"))
        return Tr::tr("leaving");
    if (state == QLatin1String("preempted"))
        return Tr::tr("preempted");
    return state;
}

QColor nodeStateColor(const QString& state) {
    if (state == QLatin1String("idle"))
        return QColor(0x9c, 0xc6, 0x9b);
    if (state == QLatin1String("running"))
        return QColor(0x1f, 0x6f, 0xd1);
    if (state == QLatin1String("preparing"))
        return QColor(0xf0, 0xa2, 0x02);
    if (state == QLatin1String("unusable"))
        return QColor(0xc6, 0x28, 0x28);
    if (state == QLatin1String("leaving"))
        return QColor(0x9e, 0x9e, 0x9e);
    return QColor(0x6b, 0x4f, 0x9e); // preempted
}

bool isDarkPalette() {
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor toneColor(Tone tone) {
    const bool dark = isDarkPalette();
    switch (tone) {
    case Tone::Info:
        return dark ? QColor(0x9c, 0xc4, 0xff) : QColor(0x1a, 0x4f, 0x9c);
    case Tone::Success:
        return dark ? QColor(0x8f, 0xd6, 0x9c) : QColor(0x1e, 0x5e, 0x2a);
    case Tone::Warning:
        return dark ? QColor(0xf5, 0xcf, 0x72) : QColor(0x5c, 0x43, 0x00);
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

static QColor toneBackground(Tone tone) {
    const bool dark = isDarkPalette();
    switch (tone) {
    case Tone::Info:
        return dark ? QColor(0x1d, 0x2b, 0x40) : QColor(0xee, 0xf3, 0xfb);
    case Tone::Success:
        return dark ? QColor(0x1b, 0x33, 0x20) : QColor(0xe8, 0xf4, 0xea);
    case Tone::Warning:
        return dark ? QColor(0x3d, 0x32, 0x12) : QColor(0xff, 0xf4, 0xd6);
    case Tone::Error:
        return dark ? QColor(0x45, 0x1c, 0x1c) : QColor(0xfd, 0xec, 0xea);
    }
    return {};
}

QString bannerStyleSheet(Tone tone) {
    const QColor background = toneBackground(tone);
    return QStringLiteral("background:%1; color:%2; padding:6px; border:1px solid %3; border-radius:3px;")
        .arg(background.name(), toneColor(tone).name(), background.darker(isDarkPalette() ? 70 : 115).name());
}

QString messageStyleSheet(Tone tone) {
    return QStringLiteral("color:%1;").arg(toneColor(tone).name());
}

QColor searchHitColor(bool current) {
    if (isDarkPalette())
        return current ? QColor(0xb0, 0x80, 0x00, 200) : QColor(0x6b, 0x5a, 0x1a);
    return current ? QColor(255, 200, 0, 170) : QColor(255, 240, 160);
}

QColor mutedTextColor() {
    return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

QString formatDuration(qint64 seconds) {
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace trainyard::ui

namespace trainyard::ui {

QString localizedStatusDetail(const QString& detail) {
    static const QRegularExpression queued(QStringLiteral("^queued behind (\\d+) run\\(s\\) on (.+)$"));
    static const QRegularExpression scaling(
        QStringLiteral("^waiting for (\\d+) node\\(s\\): the cluster is scaling up \\((\\d+) preparing\\)$"));
    static const QRegularExpression atMax(QStringLiteral(
        "^waiting for (\\d+) node\\(s\\): no free node and the cluster is at max_nodes \\((\\d+)\\)$"));
    if (auto m = queued.match(detail); m.hasMatch())
        return Tr::tr("queued behind %n run(s) on %1", nullptr, m.captured(1).toInt()).arg(m.captured(2));
    if (auto m = scaling.match(detail); m.hasMatch())
        return Tr::tr("waiting for %n node(s): the cluster is scaling up (%1 preparing)", nullptr,
                      m.captured(1).toInt())
            .arg(m.captured(2));
    if (auto m = atMax.match(detail); m.hasMatch())
        return Tr::tr("waiting for %n node(s): no free node and the cluster is at max_nodes (%1)", nullptr,
                      m.captured(1).toInt())
            .arg(m.captured(2));
    if (detail == QLatin1String("canceling"))
        return Tr::tr("canceling");
    return detail;
}

} // namespace trainyard::ui
