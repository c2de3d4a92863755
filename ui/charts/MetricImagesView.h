#pragma once

#include "core/metrics/MetricSummary.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace trainyard {
class Engine;

namespace ui {

// The images a run logged (run.log_image), one gallery per name: a thumbnail of the chosen
// step (click: the image at full size), a step slider when the name was logged more than once.
// The images are read through the engine (Engine::readRunFile) and decoded off the GUI thread.
class MetricImagesView : public QWidget {
    Q_OBJECT
public:
    explicit MetricImagesView(QWidget* parent = nullptr);

    void setRun(Engine* engine, const QString& runId);
    void clear();
    void addPoints(const QList<MetricPoint>& points);
    void refresh();

    // For tests and the tour.
    QStringList imageNames() const { return m_galleries.keys(); }
    int stepCount(const QString& name) const;
    void showStep(const QString& name, int index);
    QImage shownImage(const QString& name) const; // null until loaded
    void enlarge(const QString& name);

signals:
    void imageShown(const QString& name); // a step's image was loaded and is on screen

private:
    struct Gallery {
        QWidget* box = nullptr;
        QToolButton* thumbnail = nullptr;
        QSlider* slider = nullptr;
        QLabel* caption = nullptr;
        QList<QPair<qint64, QString>> steps; // (step, path in the run)
        QString wanted;                      // the path the slider points at
        QString shownPath;
        QImage image;
    };
    Gallery& galleryFor(const QString& name);
    void load(const QString& name);

    QPointer<Engine> m_engine;
    QString m_runId;
    MetricSummary m_summary;
    QMap<QString, Gallery> m_galleries;
    QVBoxLayout* m_layout;
    QLabel* m_message;
};

} // namespace ui
} // namespace trainyard
