-- parts/handmade_formats.lua: the CSV export of the reference plus a real PDF and a real .xlsx
-- written with the standard library only (a one-page PDF with a text stream and an xref table;
-- an .xlsx as a zip of the five XML parts Excel needs, inline strings and numbers), for the
-- scripts of a junior who builds all three formats. Not an action script itself.
local M = {}

M.formats = {
  { sh = [[cat > expenses/formats.py <<'PY'
"""PDF and .xlsx of the monthly report, standard library only (EXP-88)."""
import zipfile
from xml.sax.saxutils import escape

from .report import COLUMNS


def _cells(r):
    return [r.date, r.employee, r.team, r.category, r.description, "%.2f" % r.amount, r.currency]


def write_pdf(rows, path):
    lines = [" | ".join(COLUMNS)] + [" | ".join(_cells(r)) for r in rows]
    text = "BT /F1 8 Tf 36 806 Td 10 TL\n"
    for line in lines:
        safe = line.encode("latin-1", "replace").decode("latin-1")
        text += "(%s) Tj T*\n" % safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text += "ET"
    stream = text.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def _row(n, values):
    cells = []
    for i, v in enumerate(values):
        ref = "%s%d" % ("ABCDEFG"[i], n)
        if i == 5 and n > 1:
            cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
        else:
            cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(v))))
    return '<row r="%d">%s</row>' % (n, "".join(cells))


def write_xlsx(rows, path):
    data = [_row(1, COLUMNS)] + [_row(i, _cells(r)) for i, r in enumerate(rows, 2)]
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             "<sheetData>%s</sheetData></worksheet>" % "".join(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Report" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
PY
python3 - <<'PY'
p = "expenses/cli.py"
s = open(p).read()
s = s.replace('''    if args.format != "csv":
        sys.exit("export: %s is not available yet, only csv (see BACKLOG.md)" % args.format)
    rows = monthly_report(db.connect(args.db), args.month)
''', '''    rows = monthly_report(db.connect(args.db), args.month)
    if args.format in ("pdf", "xlsx"):
        if not args.output:
            sys.exit("export: %s needs -o FILE" % args.format)
        getattr(formats, "write_" + args.format)(rows, args.output)
        return
''')
s = s.replace("from . import db, export, formatting", "from . import db, export, formats, formatting")
open(p, "w").write(s)
PY
python3 -m expenses export --month 2024-05 --format pdf -o /tmp/may.pdf && python3 -m expenses export --month 2024-05 --format xlsx -o /tmp/may.xlsx && head -c 8 /tmp/may.pdf && python3 -c 'import zipfile; print(zipfile.ZipFile("/tmp/may.xlsx").namelist())']] },
}

return M
