package dev.proviso.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Cuts a JSON-lines file back to its last newline: what a writer killed mid-line leaves. */
final class TornLine {
  private static final int CHUNK = 8192;

  private TornLine() {}

  /** Truncates after the last {@code '\n'}; returns 1 if a partial line was cut off, else 0. */
  static int repair(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      long keep = size;
      ByteBuffer buf = ByteBuffer.allocate(CHUNK);
      while (keep > 0) {
        long start = Math.max(0, keep - CHUNK);
        buf.clear().limit((int) (keep - start));
        ch.read(buf, start);
        int i = buf.position() - 1;
        while (i >= 0 && buf.get(i) != '\n') {
          i--;
        }
        if (i >= 0) {
          keep = start + i + 1;
          break;
        }
        keep = start;
      }
      if (keep == size) {
        return 0;
      }
      ch.truncate(keep);
      ch.force(true);
      return 1;
    }
  }
}
