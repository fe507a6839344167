package org.losslandscape.compute.io.internal;

import java.nio.ByteBuffer;

/**
 * Binary element types shared by the npy and safetensors codecs, all converted to and from {@code double}.
 * Byte order is the buffer's. 64-bit integers beyond ±2⁵³ lose precision as doubles.
 */
public enum ElementType {
    /** IEEE binary64. */
    F64(8),
    /** IEEE binary32. */
    F32(4),
    /** IEEE binary16. */
    F16(2),
    /** bfloat16: the upper 16 bits of a binary32. */
    BF16(2),
    /** Signed 64-bit integer. */
    I64(8),
    /** Signed 32-bit integer. */
    I32(4),
    /** Signed 16-bit integer. */
    I16(2),
    /** Signed 8-bit integer. */
    I8(1),
    /** Unsigned 8-bit integer. */
    U8(1),
    /** Boolean stored as one byte 0 or 1. */
    BOOL(1);

    private final int size;

    ElementType(int size) {
        this.size = size;
    }

    /** @return bytes per element */
    public int size() {
        return size;
    }

    /** @return true for the floating-point types */
    public boolean isFloat() {
        return this == F64 || this == F32 || this == F16 || this == BF16;
    }

    /**
     * Reads one element at an absolute byte position; the buffer position is not changed.
     *
     * @param buffer source, in the file's byte order
     * @param at byte index
     * @return the element as a double (booleans: any non-zero byte is 1)
     */
    public double get(ByteBuffer buffer, int at) {
        return switch (this) {
            case F64 -> buffer.getDouble(at);
            case F32 -> buffer.getFloat(at);
            case F16 -> Float.float16ToFloat(buffer.getShort(at));
            case BF16 -> Float.intBitsToFloat((buffer.getShort(at) & 0xFFFF) << 16);
            case I64 -> buffer.getLong(at);
            case I32 -> buffer.getInt(at);
            case I16 -> buffer.getShort(at);
            case I8 -> buffer.get(at);
            case U8 -> buffer.get(at) & 0xFF;
            case BOOL -> buffer.get(at) != 0 ? 1 : 0;
        };
    }

    /**
     * Writes one element at an absolute byte position; the buffer position is not changed. Floating-point
     * types round to nearest; integer types require an exactly representable value.
     *
     * @param buffer target, in the file's byte order
     * @param at byte index
     * @param value the value
     * @throws IllegalArgumentException if an integer or boolean type cannot hold {@code value} exactly
     */
    public void put(ByteBuffer buffer, int at, double value) {
        switch (this) {
            case F64 -> buffer.putDouble(at, value);
            case F32 -> buffer.putFloat(at, (float) value);
            case F16 -> buffer.putShort(at, Float.floatToFloat16((float) value));
            case BF16 -> buffer.putShort(at, toBfloat16((float) value));
            case I64 -> buffer.putLong(at, (long) checkInteger(value, -0x1p63, 0x1p63));
            case I32 -> buffer.putInt(at, (int) checkInteger(value, Integer.MIN_VALUE, Integer.MAX_VALUE + 1.0));
            case I16 -> buffer.putShort(at, (short) checkInteger(value, Short.MIN_VALUE, Short.MAX_VALUE + 1.0));
            case I8 -> buffer.put(at, (byte) checkInteger(value, Byte.MIN_VALUE, Byte.MAX_VALUE + 1.0));
            case U8 -> buffer.put(at, (byte) checkInteger(value, 0, 256));
            case BOOL -> buffer.put(at, (byte) checkInteger(value, 0, 2));
        }
    }

    /** @return {@code value} if it is an integer in {@code [min, maxExclusive)} */
    private double checkInteger(double value, double min, double maxExclusive) {
        if (value != Math.rint(value) || value < min || value >= maxExclusive) {
            throw new IllegalArgumentException("value " + value + " is not representable as " + this);
        }
        return value;
    }

    /** Round-to-nearest-even truncation of a binary32 to its upper 16 bits; NaN stays a quiet NaN. */
    private static short toBfloat16(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (Float.isNaN(f)) {
            return (short) ((bits >>> 16) | 0x40);
        }
        int rounding = 0x7FFF + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }
}
