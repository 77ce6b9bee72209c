/** Lets the browser save `content` as a file: a Blob URL on a temporary link (no server, works offline). */
export function downloadFile(name: string, type: string, content: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
