#pragma once

// The seeded, deterministic mutations the ctest fuzz drivers apply to JSON inputs (so a failure
// repeats): byte flips, JSON characters, cuts, splices from the corpus, corner values after a
// key and known keys with corner values.

#include <QByteArray>
#include <QList>

namespace trainyard::fuzz {

struct Rng {
    quint64 state;
    quint64 next() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
};

inline QByteArray mutateJson(QByteArray b, Rng& rng, const QList<QByteArray>& corpus,
                             const QList<QByteArray>& tokens, const QList<QByteArray>& keys) {
    const int steps = 1 + rng.below(4);
    for (int s = 0; s < steps; ++s) {
        const int at = rng.below(int(b.size()) + 1);
        switch (rng.below(8)) {
        case 0: // flip a byte
            if (!b.isEmpty())
                b[rng.below(int(b.size()))] = char(rng.next());
            break;
        case 1: // insert a JSON character
            b.insert(at, "{}[]\":,0123456789-.eE \\ntfu"[rng.below(29)]);
            break;
        case 2: // delete a range
            b.remove(at, rng.below(16));
            break;
        case 3: // truncate
            b.truncate(at);
            break;
        case 4: // splice from another file
        {
            const QByteArray& other = corpus.at(rng.below(int(corpus.size())));
            const int from = rng.below(int(other.size()));
            b.insert(at, other.mid(from, rng.below(200)));
            break;
        }
        case 5: // replace the value after some ':' with a corner value
        {
            const int colon = b.indexOf(':', at);
            if (colon >= 0) {
                int end = colon + 1;
                while (end < b.size() && b[end] != ',' && b[end] != '}' && b[end] != '\n')
                    ++end;
                b.replace(colon + 1, end - colon - 1,
                          QByteArray(" " + tokens.at(rng.below(int(tokens.size())))));
            }
            break;
        }
        case 6: // add a known key with a corner value after an opening brace
        {
            const int brace = b.indexOf('{', at);
            if (brace >= 0)
                b.insert(brace + 1, QByteArray("\"" + keys.at(rng.below(int(keys.size()))) +
                                               "\": " + tokens.at(rng.below(int(tokens.size()))) + ","));
            break;
        }
        default: // duplicate a range
            b.insert(at, b.mid(rng.below(int(b.size()) + 1), rng.below(64)));
            break;
        }
    }
    return b;
}

} // namespace trainyard::fuzz
