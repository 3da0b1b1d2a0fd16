package server_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// chromium finds Debian's Chromium: $CHROMIUM_PATH, /usr/bin/chromium or the PATH. Without one the
// test is skipped on a workstation and fails in CI, where .ci/run installs it.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM_PATH"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found (set CHROMIUM_PATH); CI must run the browser tests")
	}
	t.Skip("no Chromium found (set CHROMIUM_PATH to run the browser test)")
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile; it stops when ctx ends.
func newBrowser(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		// A page restored from the back-forward cache fires no load event for NavigateBack to wait on.
		chromedp.Flag("disable-back-forward-cache", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	t.Cleanup(cancelAlloc)
	tab, cancelTab := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelTab)
	return tab
}

// run runs browser steps and fails the test with what the user was doing when one fails.
func run(t *testing.T, ctx context.Context, doing string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", doing, err)
	}
}

// read returns a value from the browser and fails the test when it cannot.
func read[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("reading %s: %v", what, err)
	}
	return v
}

// totalIn reads the number of activities a list page announces.
func totalIn(t *testing.T, ctx context.Context) int {
	t.Helper()
	n, ok := firstNumber(read(t, ctx, "the total", chromedp.Text(chromedp.CSS(`[data-testid="total"]`))))
	if !ok {
		t.Fatal("the list shows no total")
	}
	return n
}

func TestBrowserFilterOpenAndDownload(t *testing.T) {
	t.Parallel()
	base := portal(t)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	tab := newBrowser(t, ctx)

	run(t, tab, "opening the list", chromedp.Navigate(base+"/activities"))
	everything := totalIn(t, tab)

	// Choose a beneficiary country, tick a type and apply the filters.
	res, err := chromedp.RunResponse(tab,
		chromedp.SetValue(chromedp.CSS("#f-beneficiary"), "MOZ"),
		chromedp.Click(chromedp.CSS(`input[name="type"][value="workshop"]`)),
		chromedp.Click(chromedp.Search(`//button[normalize-space()="Apply filters"]`)),
	)
	if err != nil || res.Status != 200 {
		t.Fatalf("applying the filters: %v (response %+v)", err, res)
	}
	location := read(t, tab, "the address", chromedp.Location())
	u, err := url.Parse(location)
	if err != nil || u.Query().Get("beneficiary") != "MOZ" || !slices.Contains(u.Query()["type"], "workshop") {
		t.Fatalf("after applying the filters the address is %s, want beneficiary=MOZ and type=workshop", location)
	}
	filtered := totalIn(t, tab)
	want := count(t, ofType("workshop"), beneficiary("MOZ"))
	if filtered >= everything || filtered != want {
		t.Fatalf("the filtered list announces %d activities (of %d), want %d", filtered, everything, want)
	}

	// Open the first result and come back.
	first := `[data-testid="results"] [data-testid="activity"] h3 a`
	title := strings.TrimSpace(read(t, tab, "the first result", chromedp.Text(chromedp.CSS(first))))
	if res, err = chromedp.RunResponse(tab, chromedp.Click(chromedp.CSS(first))); err != nil || res.Status != 200 {
		t.Fatalf("opening %q: %v", title, err)
	}
	if h1 := strings.TrimSpace(read(t, tab, "the heading", chromedp.Text(chromedp.CSS(`h1[data-testid="title"]`)))); h1 != title {
		t.Errorf("the activity page's heading is %q, want the title clicked: %q", h1, title)
	}
	run(t, tab, "going back", chromedp.NavigateBack())
	if back := read(t, tab, "the address", chromedp.Location()); back != location {
		t.Errorf("going back leads to %s, want %s", back, location)
	}

	// Download the filtered list as CSV.
	dir := t.TempDir()
	progress := chromedp.Events(tab, browser.DownloadProgress)
	run(t, tab, "downloading the CSV",
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: new(true)})
			return err
		}),
		chromedp.Click(chromedp.CSS(`[data-testid="csv"]`)),
	)
	var file string
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("waiting for the CSV: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("the browser cancelled the CSV download")
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			file = filepath.Join(dir, ev.GUID)
			break
		}
	}
	body, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("reading the downloaded CSV: %v", err)
	}
	rows := csvRows(t, body)
	if !slices.Equal(rows[0], exportHeader) || len(rows)-1 != filtered {
		t.Errorf("the downloaded CSV has header %q and %d activities, want %d", rows[0], len(rows)-1, filtered)
	}
}
