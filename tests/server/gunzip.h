// SPDX-License-Identifier: MIT
#pragma once
// Inflating what the service (or nginx in front of it) sends gzip-compressed, independently of
// Qt: zlib with window bits 16 + 15 reads a gzip stream (RFC 1952) only and checks its CRC.

#include <QByteArray>
#include <QList>

#include <zlib.h>

namespace TestServer {

/** The inflated bytes of a whole gzip stream; empty when it is not one. */
inline QByteArray gunzip(const QByteArray &compressed)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
    }
    const bool complete = result == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    return complete ? out : QByteArray();
}

/** A header's value in an answer's head (case-insensitive name), empty if absent. */
inline QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace TestServer
