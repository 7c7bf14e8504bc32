package main

import (
	"image/color"
	"math"
	"os"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// plotScale draws time and peak memory of each step against the number of people, both axes logarithmic, side by
// side, with a dotted line of slope 1 (linear growth) through the first load point for comparison; steps that did
// not succeed at a size have no point there. It writes a PNG to path.
func plotScale(path string, rep *report) error {
	timePlot, err := scalePlot(rep, "Time per step", "seconds", seconds)
	if err != nil {
		return err
	}
	memPlot, err := scalePlot(rep, "Peak memory per step", "peak resident MiB", peakMiB)
	if err != nil {
		return err
	}
	// One legend, right of the two plots, rather than one over the lines of each.
	legend := timePlot.Legend
	legend.Top, legend.Left = true, true
	timePlot.Legend, memPlot.Legend = plot.NewLegend(), plot.NewLegend()

	const w, h, legendW = 32 * vg.Centimeter, 12 * vg.Centimeter, 5 * vg.Centimeter
	img := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(120), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 1, Cols: 2, PadX: vg.Centimeter, PadTop: 2 * vg.Millimeter, PadBottom: 2 * vg.Millimeter,
		PadLeft: 2 * vg.Millimeter, PadRight: 2 * vg.Millimeter}
	plots := [][]*plot.Plot{{timePlot, memPlot}}
	canvases := plot.Align(plots, tiles, draw.Crop(dc, 0, -legendW, 0, 0))
	timePlot.Draw(canvases[0][0])
	memPlot.Draw(canvases[0][1])
	legend.Draw(draw.Crop(dc, w-legendW+5*vg.Millimeter, 0, 0, -vg.Centimeter))
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func scalePlot(rep *report, title, ylabel string, value func(stepResult) float64) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "people"
	p.Y.Label.Text = ylabel
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	var sizes []float64
	for _, s := range rep.Sizes {
		sizes = append(sizes, float64(s.People))
	}
	p.X.Tick.Marker, p.Y.Tick.Marker = sizeTicks(sizes), logTicks{}
	p.Legend.TextStyle.Font.Size = vg.Points(10)
	p.Add(plotter.NewGrid())

	lo, hi := math.Inf(1), math.Inf(-1)
	var lines []any
	for _, step := range stepOrder() {
		var xys plotter.XYs
		for _, s := range rep.Sizes {
			if r, ok := s.step(step); ok && r.ok() && value(r) > 0 {
				xys = append(xys, plotter.XY{X: float64(s.People), Y: value(r)})
				lo, hi = math.Min(lo, value(r)), math.Max(hi, value(r))
			}
		}
		if len(xys) > 0 {
			lines = append(lines, step, xys)
		}
	}
	if len(lines) > 0 {
		if err := plotutil.AddLinePoints(p, lines...); err != nil {
			return nil, err
		}
	}
	// A reference of linear growth through the load's first point.
	if len(rep.Sizes) > 1 {
		if r, ok := rep.Sizes[0].step("load"); ok && r.ok() && value(r) > 0 {
			x0, y0 := float64(rep.Sizes[0].People), value(r)
			x1 := float64(rep.Sizes[len(rep.Sizes)-1].People)
			ref, err := plotter.NewLine(plotter.XYs{{X: x0, Y: y0}, {X: x1, Y: y0 * x1 / x0}})
			if err != nil {
				return nil, err
			}
			ref.Dashes = []vg.Length{vg.Points(2), vg.Points(3)}
			ref.Color = color.Gray{Y: 120}
			p.Add(ref)
			p.Legend.Add("slope 1 (linear)", ref)
			hi = math.Max(hi, y0*x1/x0)
		}
	}
	// Logarithmic axes need a range of positive numbers, also with a single size or a single value.
	if len(rep.Sizes) > 0 {
		p.X.Min, p.X.Max = float64(rep.Sizes[0].People)/1.5, float64(rep.Sizes[len(rep.Sizes)-1].People)*1.5
	}
	if lo <= hi {
		p.Y.Min, p.Y.Max = lo/1.5, hi*1.5
	}
	return p, nil
}

// sizeTicks labels the x axis at the sizes measured (10k, 100k, 1M).
func sizeTicks(sizes []float64) plot.ConstantTicks {
	var ticks plot.ConstantTicks
	for _, x := range sizes {
		ticks = append(ticks, plot.Tick{Value: x, Label: label(int(x))})
	}
	return ticks
}

// logTicks labels a logarithmic axis at 1, 2 and 5 times each power of ten, with minor ticks between.
type logTicks struct{}

func (logTicks) Ticks(lo, hi float64) []plot.Tick {
	var ticks []plot.Tick
	for e := math.Floor(math.Log10(lo)); e <= math.Ceil(math.Log10(hi)); e++ {
		base := math.Pow(10, e)
		for m := 1.0; m < 10; m++ {
			v := m * base
			if v < lo || v > hi {
				continue
			}
			t := plot.Tick{Value: v}
			if m == 1 || m == 2 || m == 5 {
				t.Label = strconv.FormatFloat(v, 'g', -1, 64)
			}
			ticks = append(ticks, t)
		}
	}
	return ticks
}
