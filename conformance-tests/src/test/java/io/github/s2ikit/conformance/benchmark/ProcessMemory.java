package io.github.s2ikit.conformance.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak memory of this JVM.
 *
 * @param peakResidentBytes the process's peak resident set size ({@code VmHWM} in
 *     {@code /proc/self/status}), or -1 where that file does not exist (not Linux)
 * @param heapPeakBytes the sum of the peak usage of each heap pool. The pools peak at different
 *     times, so this is an upper bound of the heap's peak.
 */
record ProcessMemory(long peakResidentBytes, long heapPeakBytes) {

    /** Reads the peaks so far. */
    static ProcessMemory peak() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        return new ProcessMemory(peakResident(), heap);
    }

    private static long peakResident() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                // For example "VmHWM:    123456 kB".
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring("VmHWM:".length()).strip().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
