#include "ui/charts/MetricImagesView.h"

#include "core/engine/Engine.h"
#include "ui/WhenReady.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace trainyard::ui {

namespace {
constexpr int kThumbnailSize = 180;
}

MetricImagesView::MetricImagesView(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_message(new QLabel) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_message->setWordWrap(true);
    m_message->hide();
    m_layout->addWidget(m_message);
    m_layout->addStretch();
}

void MetricImagesView::setRun(Engine* engine, const QString& runId) {
    clear();
    m_engine = engine;
    m_runId = runId;
}

void MetricImagesView::clear() {
    for (Gallery& g : m_galleries)
        delete g.box;
    m_galleries.clear();
    m_summary = {};
    m_message->hide();
    m_runId.clear();
}

void MetricImagesView::addPoints(const QList<MetricPoint>& points) {
    QList<MetricPoint> images;
    for (const MetricPoint& p : points)
        if (p.kind == QLatin1String("image"))
            images << p;
    m_summary.add(images);
}

int MetricImagesView::stepCount(const QString& name) const {
    return int(m_galleries.value(name).steps.size());
}

MetricImagesView::Gallery& MetricImagesView::galleryFor(const QString& name) {
    auto it = m_galleries.find(name);
    if (it != m_galleries.end())
        return *it;
    Gallery g;
    g.box = new QWidget;
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()));
    g.thumbnail = new QToolButton;
    g.thumbnail->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    g.thumbnail->setToolButtonStyle(Qt::ToolButtonIconOnly);
    g.thumbnail->setAutoRaise(true);
    g.thumbnail->setToolTip(tr("Click to see the image at full size"));
    g.slider = new QSlider(Qt::Horizontal);
    g.slider->setToolTip(tr("Step"));
    g.caption = new QLabel;
    auto* layout = new QVBoxLayout(g.box);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(title);
    layout->addWidget(g.thumbnail, 0, Qt::AlignLeft);
    auto* stepRow = new QHBoxLayout;
    g.slider->setFixedWidth(kThumbnailSize);
    stepRow->addWidget(g.slider);
    stepRow->addWidget(g.caption, 1);
    layout->addLayout(stepRow);
    m_layout->insertWidget(m_layout->count() - 1, g.box); // above the stretch
    connect(g.slider, &QSlider::valueChanged, this, [this, name](int index) { showStep(name, index); });
    connect(g.thumbnail, &QToolButton::clicked, this, [this, name] { enlarge(name); });
    return *m_galleries.insert(name, g);
}

void MetricImagesView::refresh() {
    for (const QString& name : m_summary.imageNames()) {
        Gallery& g = galleryFor(name);
        const auto steps = m_summary.images(name);
        if (steps.size() == g.steps.size())
            continue;
        const bool atEnd = g.steps.isEmpty() || g.slider->value() == g.slider->maximum();
        g.steps = steps;
        g.slider->setRange(0, int(steps.size()) - 1);
        g.slider->setVisible(steps.size() > 1);
        if (atEnd) // follow the newest image unless the user looks at an older one
            g.slider->setValue(g.slider->maximum());
        showStep(name, g.slider->value());
    }
}

void MetricImagesView::showStep(const QString& name, int index) {
    auto it = m_galleries.find(name);
    if (it == m_galleries.end() || index < 0 || index >= it->steps.size())
        return;
    if (it->slider->value() != index)
        it->slider->setValue(index); // comes back here through valueChanged
    it->caption->setText(
        tr("step %1 (%2 of %3)").arg(it->steps[index].first).arg(index + 1).arg(it->steps.size()));
    it->wanted = it->steps[index].second;
    if (it->wanted != it->shownPath)
        load(name);
}

void MetricImagesView::load(const QString& name) {
    if (!m_engine)
        return;
    const QString path = m_galleries.value(name).wanted;
    const QString runId = m_runId;
    // Decoded on a worker; shown back on the GUI thread.
    QFuture<Result<QImage>> decoded =
        m_engine->readRunFile(runId, path)
            .then(QtFuture::Launch::Async, [](const Result<QByteArray>& bytes) -> Result<QImage> {
                if (!bytes)
                    return bytes.error();
                QImage image = QImage::fromData(bytes.value());
                if (image.isNull())
                    return Error::invalid(tr("not an image this build can read"), QStringLiteral("image"));
                return image;
            });
    whenReady(this, decoded, [this, name, path, runId](const Result<QImage>& image) {
        auto it = m_galleries.find(name);
        if (runId != m_runId || it == m_galleries.end() || it->wanted != path)
            return; // another run, or another step was chosen meanwhile
        if (!image) {
            m_message->setText(tr("Image %1: %2").arg(path, image.error().message));
            m_message->show();
            return;
        }
        it->image = image.value();
        it->shownPath = path;
        it->thumbnail->setIcon(QPixmap::fromImage(
            image->scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        emit imageShown(name);
    });
}

QImage MetricImagesView::shownImage(const QString& name) const {
    return m_galleries.value(name).image;
}

void MetricImagesView::enlarge(const QString& name) {
    const Gallery g = m_galleries.value(name);
    if (g.image.isNull())
        return;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("imageDialog"));
    dialog->setWindowTitle(tr("%1, step %2").arg(name).arg(g.steps.value(g.slider->value()).first));
    auto* label = new QLabel;
    label->setPixmap(QPixmap::fromImage(g.image));
    auto* scroll = new QScrollArea;
    scroll->setWidget(label);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll);
    dialog->resize(qMin(g.image.width() + 40, 1200), qMin(g.image.height() + 40, 900));
    dialog->open();
}

} // namespace trainyard::ui
