namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>An affine transform [a b c d e f] in PDF order: x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
internal readonly record struct PdfMatrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly PdfMatrix Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>This transform followed by <paramref name="next"/>.</summary>
    public PdfMatrix Then(in PdfMatrix next) => new(
        A * next.A + B * next.C,
        A * next.B + B * next.D,
        C * next.A + D * next.C,
        C * next.B + D * next.D,
        E * next.A + F * next.C + next.E,
        E * next.B + F * next.D + next.F);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    public static PdfMatrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);
}
