using System.Buffers;

namespace ResumeLens.Core.Extraction.Layout;

/// <summary>
/// A growable glyph array rented from the shared pool and reused page after page. A page of a few thousand
/// glyphs needs a large-object-heap array; allocating (and doubling) one per page makes the collector run
/// full collections every few documents.
/// </summary>
internal sealed class GlyphBuffer : IDisposable
{
    private Glyph[] _items = [];

    public int Count { get; private set; }

    /// <summary>The backing array; valid up to <see cref="Count"/> until the next change to the buffer.</summary>
    public Glyph[] Items => _items;

    public Glyph this[int index] => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(in Glyph glyph)
    {
        if (Count == _items.Length) Grow();
        _items[Count++] = glyph;
    }

    /// <summary>Drops the glyphs from <paramref name="index"/> on.</summary>
    public void Truncate(int index)
    {
        if (index < 0 || index > Count) throw new ArgumentOutOfRangeException(nameof(index));
        Array.Clear(_items, index, Count - index);
        Count = index;
    }

    /// <summary>Empties the buffer for the next page, keeping its array.</summary>
    public void Clear() => Truncate(0);

    /// <summary>The glyphs as an exact-size array the caller owns.</summary>
    public Glyph[] ToArray() => _items.AsSpan(0, Count).ToArray();

    private void Grow()
    {
        var next = ArrayPool<Glyph>.Shared.Rent(Math.Max(256, _items.Length * 2));
        _items.AsSpan(0, Count).CopyTo(next);
        Return();
        _items = next;
    }

    private void Return()
    {
        // Glyphs hold strings: a pooled array must not keep them alive.
        if (_items.Length > 0) ArrayPool<Glyph>.Shared.Return(_items, clearArray: true);
        _items = [];
    }

    public void Dispose()
    {
        Return();
        Count = 0;
    }
}
