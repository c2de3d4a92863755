// trainyard-render-icons: renders packaging/icons/trainyard.svg into the PNG sizes of the hicolor
// theme, a Windows .ico and a macOS .icns. The results are checked in (so that the Windows and
// macOS runners need no renderer); `--check` re-renders and compares them pixel by pixel, which is
// how the packaging test notices an SVG edited without re-rendering.
//
//   trainyard-render-icons SVG OUTDIR          write OUTDIR/png/trainyard-<N>.png, .ico, .icns
//   trainyard-render-icons --check SVG OUTDIR  exit 1 and name every file that differs
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

// The hicolor sizes every Linux desktop looks for; 512 and 1024 only go into the .icns.
constexpr int kPngSizes[] = {16, 24, 32, 48, 64, 128, 256};
constexpr int kIcoSizes[] = {16, 24, 32, 48, 64, 128, 256};
// ICNS types whose payload is a PNG (macOS 10.7+): icp4 16, icp5 32, icp6 64, ic07 128 ... ic10 1024.
constexpr struct {
    const char* type;
    int size;
} kIcnsEntries[] = {{"icp4", 16},  {"icp5", 32},  {"icp6", 64},  {"ic07", 128},
                    {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};

QImage render(QSvgRenderer& svg, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// ICO with PNG payloads (Windows Vista+): header, one 16-byte entry per image, then the PNGs.
QByteArray ico(QSvgRenderer& svg) {
    std::vector<QByteArray> images;
    for (int size : kIcoSizes)
        images.push_back(png(render(svg, size)));
    QByteArray out(6 + 16 * int(images.size()), '\0');
    auto* d = reinterpret_cast<uchar*>(out.data());
    qToLittleEndian<quint16>(1, d + 2); // type 1 = icon
    qToLittleEndian<quint16>(quint16(images.size()), d + 4);
    quint32 offset = quint32(out.size());
    for (size_t i = 0; i < images.size(); ++i) {
        uchar* e = d + 6 + 16 * i;
        const int size = kIcoSizes[i];
        e[0] = e[1] = uchar(size >= 256 ? 0 : size); // 0 means 256
        qToLittleEndian<quint16>(1, e + 4);          // colour planes
        qToLittleEndian<quint16>(32, e + 6);         // bits per pixel
        qToLittleEndian<quint32>(quint32(images[i].size()), e + 8);
        qToLittleEndian<quint32>(offset, e + 12);
        offset += quint32(images[i].size());
    }
    for (const QByteArray& image : images)
        out += image;
    return out;
}

// ICNS: "icns", total length (big endian), then entries of type, length (incl. 8-byte head), data.
QByteArray icns(QSvgRenderer& svg) {
    QByteArray body;
    for (const auto& entry : kIcnsEntries) {
        const QByteArray data = png(render(svg, entry.size));
        QByteArray head(8, '\0');
        memcpy(head.data(), entry.type, 4);
        qToBigEndian<quint32>(quint32(data.size() + 8), head.data() + 4);
        body += head + data;
    }
    QByteArray head(8, '\0');
    memcpy(head.data(), "icns", 4);
    qToBigEndian<quint32>(quint32(body.size() + 8), head.data() + 4);
    return head + body;
}

bool write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "trainyard-render-icons: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

// Pixel comparison, not bytes: another Qt or zlib may encode the same pixels differently. A
// channel may differ by a few steps (antialiasing rounding), never more.
bool samePixels(const QImage& a, const QImage& b) {
    if (a.size() != b.size())
        return false;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            if (std::abs(qRed(p[col]) - qRed(q[col])) > 4 || std::abs(qGreen(p[col]) - qGreen(q[col])) > 4 ||
                std::abs(qBlue(p[col]) - qBlue(q[col])) > 4 || std::abs(qAlpha(p[col]) - qAlpha(q[col])) > 4)
                return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool check = !args.isEmpty() && args.first() == QLatin1String("--check");
    if (check)
        args.removeFirst();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: trainyard-render-icons [--check] SVG OUTDIR\n");
        return 2;
    }
    QSvgRenderer svg(args[0]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "trainyard-render-icons: %s is not a readable SVG\n", qPrintable(args[0]));
        return 2;
    }
    const QDir out(args[1]);

    if (check) {
        QStringList stale;
        for (int size : kPngSizes) {
            const QString path = out.filePath(QStringLiteral("png/trainyard-%1.png").arg(size));
            if (!samePixels(QImage(path), render(svg, size)))
                stale << path;
        }
        // The .ico and .icns hold the same renderings; check that they are there and well-formed.
        QFile icoFile(out.filePath(QStringLiteral("trainyard.ico")));
        if (!icoFile.open(QIODevice::ReadOnly) || !icoFile.read(4).startsWith(QByteArray("\0\0\1\0", 4)))
            stale << icoFile.fileName();
        QFile icnsFile(out.filePath(QStringLiteral("trainyard.icns")));
        if (!icnsFile.open(QIODevice::ReadOnly) || icnsFile.read(4) != "icns")
            stale << icnsFile.fileName();
        for (const QString& path : stale)
            std::fprintf(stderr,
                         "trainyard-render-icons: %s is missing or differs from %s; re-run "
                         "trainyard-render-icons %s %s\n",
                         qPrintable(path), qPrintable(args[0]), qPrintable(args[0]), qPrintable(args[1]));
        return stale.isEmpty() ? 0 : 1;
    }

    if (!QDir().mkpath(out.filePath(QStringLiteral("png"))))
        return 1;
    for (int size : kPngSizes)
        if (!write(out.filePath(QStringLiteral("png/trainyard-%1.png").arg(size)), png(render(svg, size))))
            return 1;
    if (!write(out.filePath(QStringLiteral("trainyard.ico")), ico(svg)) ||
        !write(out.filePath(QStringLiteral("trainyard.icns")), icns(svg)))
        return 1;
    return 0;
}
