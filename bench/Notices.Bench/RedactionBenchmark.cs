using System.Diagnostics;
using System.Globalization;
using Notices.Domain.Contracts;
using Notices.Redaction;
using Notices.Testing.Contracts;

namespace Notices.Bench;

/// <summary>
/// Redacts the generated 200-page contract as DOCX and as PDF, every planted passage, several
/// times each, and prints the medians. The last line is the machine-readable summary.
/// </summary>
internal static class RedactionBenchmark
{
    private const int Runs = 7;

    public static int Run()
    {
        var clock = Stopwatch.StartNew();
        var docx = ContractDocx.Build();
        var docxBuilt = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var pdf = ContractPdf.Build();
        var pdfBuilt = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: docx {docx.Length / 1024} KiB built in {docxBuilt:0.000} s, pdf {pdf.Length / 1024} KiB built in {pdfBuilt:0.000} s, 200 pages each"));

        IReadOnlyList<Redaction.Redaction> redactions =
        [
            .. PlantedData.PersonalData.Select(p => new Redaction.Redaction(p, WithholdingGround.PersonalData)),
            .. PlantedData.CommerciallySensitive.Select(p => new Redaction.Redaction(p, WithholdingGround.CommerciallySensitive)),
        ];
        var docxSeconds = Measure("docx", ContractFile.FromBytes(docx, ContractFileType.Docx), redactions);
        var pdfSeconds = Measure("pdf", ContractFile.FromBytes(pdf, ContractFileType.Pdf), redactions);
        MeasureReading("pdf", ContractFile.FromBytes(pdf, ContractFileType.Pdf));
        MeasureReading("docx", ContractFile.FromBytes(docx, ContractFileType.Docx));
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pdf/docx median ratio: {pdfSeconds / docxSeconds:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redact_docx_s={docxSeconds:0.000} redact_pdf_s={pdfSeconds:0.000} peak_mb={peakMb:0}"));
        return 0;
    }

    // Reading the text (what suggestions need) apart from rewriting and saving, to see where time goes.
    private static void MeasureReading(string name, ContractFile file)
    {
        var times = new List<double>();
        for (var run = 0; run <= Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            _ = ContractRedactor.Suggest(file);
            if (run > 0) times.Add(clock.Elapsed.TotalSeconds);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: reading the text and suggesting, median {times[times.Count / 2]:0.000} s"));
    }

    private static double Measure(string name, ContractFile file, IReadOnlyList<Redaction.Redaction> redactions)
    {
        var times = new List<double>();
        var passages = 0;
        long size = 0;
        for (var run = 0; run <= Runs; run++)
        {
            using var output = new MemoryStream();
            var clock = Stopwatch.StartNew();
            var report = ContractRedactor.Redact(file, redactions, output);
            var seconds = clock.Elapsed.TotalSeconds;
            // The first run warms up the JIT and is not counted.
            if (run > 0) times.Add(seconds);
            passages = report.Passages.Count;
            size = output.Length;
        }
        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {passages} passages removed, output {size / 1024} KiB; runs (s): {string.Join(" ", times.Select(t => t.ToString("0.000", CultureInfo.InvariantCulture)))}; median {median:0.000} s"));
        return median;
    }
}
