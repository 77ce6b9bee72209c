/**
 * Every user-facing string of the spreadsheet import (`npm run import`), in English and Chinese.
 * Placeholders are `{name}`; both catalogues have the same keys and the same placeholders per key
 * (test/unit/import-messages.test.ts). Messages from the zod schemas stay as the schemas word them.
 */

const en = {
	// Command line
	usage: 'Usage: npm run import -- [--dry-run] FILE\n  FILE      a spreadsheet of technology offers: .xlsx, .csv (UTF-8) or .json, one offer per row\n  --dry-run show what would be created, updated and left alone, and write nothing\nThe columns are described in README.md, "Importing offers from spreadsheets"; examples are in content/examples/.',
	unknownOption: 'unknown option "{option}"',
	oneFile: 'give exactly one file to import (got {count})',

	// The file as a whole
	fileUnreadable: 'cannot be read ({reason}); check the file name and that the file exists',
	unsupportedType: 'is not a spreadsheet the import reads ("{extension}"); save it as .xlsx, as .csv in UTF-8, or as .json',
	oldExcelFormat: 'is in the old Excel 97-2003 format (.xls); open it and save it as an Excel workbook (.xlsx)',
	notUtf8: 'is not saved as UTF-8 (it looks like {encoding}); the import reads only UTF-8. Save it again: in Excel, File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)"; in WPS, 文件 > 另存为 > "CSV (逗号分隔)" and choose the encoding UTF-8; in LibreOffice, File > Save As > "Text CSV", tick "Edit filter settings" and choose the character set "Unicode (UTF-8)". Or save an .xlsx workbook, which has no encoding problem.',
	notUtf8Unknown: 'is not saved as UTF-8; the import reads only UTF-8. Save it again: in Excel, File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)"; in WPS, 文件 > 另存为 > "CSV (逗号分隔)" and choose the encoding UTF-8; in LibreOffice, File > Save As > "Text CSV", tick "Edit filter settings" and choose the character set "Unicode (UTF-8)". Or save an .xlsx workbook, which has no encoding problem.',
	binaryText: 'is not a text file (it contains binary data: is it a workbook or a PDF with a wrong file name?); save the sheet as .xlsx, or as CSV UTF-8',
	notXlsx: 'cannot be read as an Excel workbook ({reason}); open it in Excel, WPS or LibreOffice and save it again as .xlsx',
	csvQuoteNotClosed: 'line {line}: a cell begins with a double quote (") that is never closed, so everything after it would be one cell; close the quote, or save the file again from the spreadsheet program',
	csvSyntax: 'line {line}: the CSV cannot be read ({reason}); save the file again from the spreadsheet program',
	jsonSyntax: 'is not valid JSON ({reason})',
	jsonNotArray: 'must hold a JSON array with one object per offer, e.g. [{"id": "to-0042", "sourceLocale": "zh", …}]',
	jsonNotObject: 'is not an object; each element of the array is one offer, e.g. {"id": "to-0042", …}',
	noOffers: 'holds no offers: the first row must name the columns and every further row holds one offer (see content/examples/)',

	// Columns
	unknownColumn: 'unknown column "{column}"; no data is imported from an unknown column. Known columns: {known}',
	unknownColumnSuggest: 'unknown column "{column}": did you mean "{suggestion}"? No data is imported from an unknown column',
	duplicateColumn: 'the column "{column}" appears twice (columns {first} and {second}); keep one',
	unnamedColumn: 'column {index} has no name in the first row but holds data ({where}); name it or delete the column',
	missingColumn: 'the required column "{column}" is missing; required columns: {required}',
	moreCellsThanColumns: 'has {count} cells but the first row names only {columns} columns; a text containing the separator ("{delimiter}") must be in double quotes',

	// Cells
	required: 'is empty; it is required',
	requiredAllowed: 'is empty; it is required. Allowed values: {allowed}',
	notText: 'must be text or a number, not {type}',
	idTooLong: 'is {length} characters long; an id has at most {max}',
	duplicateId: 'the id "{id}" is in more than one row ({rows}); each offer must have one row',
	listSeparator: '; separate several values with ";", e.g. "{example}"',
	termsFormat: 'is neither "negotiable" nor a currency and amount range such as "CNY 500,000-1,500,000" (currency code, lowest amount, hyphen, highest amount)',
	contactFormat: 'is neither "market" (enquiries go to the market) nor an email address such as "tto@example.org"',
	ownerNameConflict: 'differs from ownerName ("{name}"), the name in the source language {locale}; leave {column} empty or make the two the same',
	textWithoutTitle: 'is filled but {title} is empty; an empty title means the offer has no {locale} text. Fill in {title}, or empty the {locale} columns',
	sourceTextMissing: 'is empty, but {locale} is the offer\'s source language (sourceLocale) and the offer has no {locale} text yet; give at least its title and summary',
	cellLine: 'line {line} of the cell: {problem}',
	existingUnreadable: 'the offer exists but its file {file} cannot be read: {problem}; fix that file (npm run check:content) or remove it before importing',
	unsafeFolder: '{path} is a symbolic link or not a folder; the import writes only into real folders content/achievements/<id>/',
	fileProblem: 'in the file it would write ({file}): {problem}',

	// Where a problem is
	atRow: 'row {row}',
	atRowLine: 'row {row} (line {line})',
	atItem: 'item {row}',
	inColumn: '{where}, column {column}: {problem}',
	inColumnValue: '{where}, column {column}, value {value}: {problem}',
	inRow: '{where}: {problem}',
	inFile: '{file}: {problem}',
	existingContent: 'the content folder has a problem that is not in the imported file, and nothing can be imported until it is fixed (npm run check:content): {problem}',
	warning: 'warning: {problem}',

	// Summary
	headingDryRun: 'Dry run of {file} into {content}: nothing was written.',
	heading: 'Import of {file} into {content}:',
	created: '  created {id}: {files}',
	wouldCreate: '  would create {id}: {files}',
	updated: '  updated {id} (it was already in the content): {files}; unchanged: {unchanged}',
	wouldUpdate: '  would update {id} (it is already in the content): {files}; unchanged: {unchanged}',
	unchanged: '  unchanged {id}: the content already says the same',
	kept: '      kept as they are (no text for them in the file): {files}',
	nothing: 'nothing',
	outdated: '  {file} of {id} is now outdated: its source text {source} changed. Update the translation, then set its translatedFrom to "{hash}"',
	mayBeOutdated: '  {file} of {id} may be outdated: its source text {source} changed and the translation does not record what it was translated from',
	outdatedHeading: 'Translations to check:',
	totals: '{created} created, {updated} updated, {unchanged} unchanged.',
	totalsDryRun: 'Would be: {created} created, {updated} updated, {unchanged} unchanged. Run again without --dry-run to write.',
	failed: 'Nothing was written: {count} problem(s) in {file} (listed above). Fix them and import again.',
	byColumn: 'Problems by column: {list}',
	writeFailed: 'Writing the files failed ({reason}); every file was put back as it was before the import, nothing was changed.',
	restoreFailed: 'Writing the files failed ({reason}), and these files could not be put back: {files}. Restore them from version control (git checkout -- content/) and import again.',
} as const;

export type MessageKey = keyof typeof en;
export type MessageLocale = 'en' | 'zh';

const zh: Record<MessageKey, string> = {
	usage: '用法：npm run import -- [--dry-run] 文件\n  文件       技术成果表格：.xlsx、.csv（UTF-8 编码）或 .json，每行一项成果\n  --dry-run  只列出将新建、更新和保持不变的内容，不写入任何文件\n各列的含义见 README.md 的“Importing offers from spreadsheets”一节；示例文件在 content/examples/。',
	unknownOption: '未知选项“{option}”',
	oneFile: '请只指定一个要导入的文件（收到 {count} 个）',

	fileUnreadable: '无法读取（{reason}）；请检查文件名是否正确、文件是否存在',
	unsupportedType: '不是导入程序能读取的表格（“{extension}”）；请另存为 .xlsx、UTF-8 编码的 .csv 或 .json',
	oldExcelFormat: '是旧的 Excel 97-2003 格式（.xls）；请打开后另存为 Excel 工作簿（.xlsx）',
	notUtf8: '不是 UTF-8 编码（看起来是 {encoding}）；导入程序只读取 UTF-8。请重新保存：Excel 中选择“文件 > 另存为 > CSV UTF-8（逗号分隔）(*.csv)”；WPS 中选择“文件 > 另存为 > CSV（逗号分隔）”，编码选 UTF-8；LibreOffice 中选择“文件 > 另存为 > 文本 CSV”，勾选“编辑筛选器设置”，字符集选“Unicode (UTF-8)”。也可以保存为 .xlsx 工作簿，它没有编码问题。',
	notUtf8Unknown: '不是 UTF-8 编码；导入程序只读取 UTF-8。请重新保存：Excel 中选择“文件 > 另存为 > CSV UTF-8（逗号分隔）(*.csv)”；WPS 中选择“文件 > 另存为 > CSV（逗号分隔）”，编码选 UTF-8；LibreOffice 中选择“文件 > 另存为 > 文本 CSV”，勾选“编辑筛选器设置”，字符集选“Unicode (UTF-8)”。也可以保存为 .xlsx 工作簿，它没有编码问题。',
	binaryText: '不是文本文件（含有二进制数据：是不是扩展名错误的工作簿或 PDF？）；请将表格保存为 .xlsx 或 CSV UTF-8',
	notXlsx: '无法作为 Excel 工作簿读取（{reason}）；请用 Excel、WPS 或 LibreOffice 打开后重新保存为 .xlsx',
	csvQuoteNotClosed: '第 {line} 行：某个单元格以双引号（"）开头却没有结束，其后的全部内容都会被当成一个单元格；请补上引号，或从表格软件中重新保存该文件',
	csvSyntax: '第 {line} 行：CSV 无法读取（{reason}）；请从表格软件中重新保存该文件',
	jsonSyntax: '不是有效的 JSON（{reason}）',
	jsonNotArray: '必须是 JSON 数组，每项成果一个对象，例如 [{"id": "to-0042", "sourceLocale": "zh", …}]',
	jsonNotObject: '不是对象；数组中的每个元素是一项成果，例如 {"id": "to-0042", …}',
	noOffers: '没有任何成果：第一行必须是列名，之后每行一项成果（参见 content/examples/）',

	unknownColumn: '未知的列“{column}”；未知列中的数据不会被导入。已知的列：{known}',
	unknownColumnSuggest: '未知的列“{column}”：是不是“{suggestion}”？未知列中的数据不会被导入',
	duplicateColumn: '列“{column}”出现了两次（第 {first} 列和第 {second} 列）；请只保留一列',
	unnamedColumn: '第 {index} 列在第一行没有列名，但有数据（{where}）；请填写列名或删除该列',
	missingColumn: '缺少必需的列“{column}”；必需的列：{required}',
	moreCellsThanColumns: '有 {count} 个单元格，但第一行只有 {columns} 个列名；含有分隔符（“{delimiter}”）的文字必须用双引号括起来',

	required: '为空；此项必填',
	requiredAllowed: '为空；此项必填。可填的值：{allowed}',
	notText: '必须是文字或数字，而不是 {type}',
	idTooLong: '长 {length} 个字符；编号最多 {max} 个字符',
	duplicateId: '编号“{id}”出现在多行中（{rows}）；每项成果只能有一行',
	listSeparator: '；多个值请用英文分号“;”分隔，例如“{example}”',
	termsFormat: '既不是“negotiable”（面议），也不是“CNY 500,000-1,500,000”这样的币种和金额区间（币种代码、最低金额、连字符、最高金额）',
	contactFormat: '既不是“market”（由交易市场接洽），也不是“tto@example.org”这样的电子邮箱地址',
	ownerNameConflict: '与 ownerName（“{name}”，即原文语言 {locale} 的名称）不同；请将 {column} 留空，或使两者一致',
	textWithoutTitle: '已填写，但 {title} 为空；标题为空表示该成果没有 {locale} 文本。请填写 {title}，或清空所有 {locale} 列',
	sourceTextMissing: '为空，但 {locale} 是该成果的原文语言（sourceLocale），而该成果还没有 {locale} 文本；请至少填写标题和摘要',
	cellLine: '单元格第 {line} 行：{problem}',
	existingUnreadable: '该成果已存在，但其文件 {file} 无法读取：{problem}；请先修正该文件（npm run check:content）或将其删除后再导入',
	unsafeFolder: '{path} 是符号链接或不是文件夹；导入程序只写入真实的文件夹 content/achievements/<编号>/',
	fileProblem: '在将要写入的文件（{file}）中：{problem}',

	atRow: '第 {row} 行',
	atRowLine: '第 {row} 行（文件第 {line} 行）',
	atItem: '第 {row} 项',
	inColumn: '{where}，列 {column}：{problem}',
	inColumnValue: '{where}，列 {column}，值 {value}：{problem}',
	inRow: '{where}：{problem}',
	inFile: '{file}：{problem}',
	existingContent: '内容文件夹中有一个与本次导入文件无关的问题，修正之前无法导入（npm run check:content）：{problem}',
	warning: '警告：{problem}',

	headingDryRun: '试运行：将 {file} 导入 {content}，未写入任何文件。',
	heading: '将 {file} 导入 {content}：',
	created: '  已新建 {id}：{files}',
	wouldCreate: '  将新建 {id}：{files}',
	updated: '  已更新 {id}（内容中原已有该成果）：{files}；未变：{unchanged}',
	wouldUpdate: '  将更新 {id}（内容中已有该成果）：{files}；未变：{unchanged}',
	unchanged: '  未变 {id}：现有内容与文件一致',
	kept: '      保持原样（文件中没有这些语言的文本）：{files}',
	nothing: '无',
	outdated: '  {id} 的 {file} 现已过时：其原文 {source} 已改动。请更新译文，然后将其 translatedFrom 设为“{hash}”',
	mayBeOutdated: '  {id} 的 {file} 可能已过时：其原文 {source} 已改动，而该译文没有记录据以翻译的原文版本',
	outdatedHeading: '需要检查的译文：',
	totals: '新建 {created} 项，更新 {updated} 项，未变 {unchanged} 项。',
	totalsDryRun: '将会：新建 {created} 项，更新 {updated} 项，未变 {unchanged} 项。去掉 --dry-run 再运行一次即可写入。',
	failed: '未写入任何文件：{file} 中有 {count} 个问题（见上文）。请修正后重新导入。',
	byColumn: '各列的问题数：{list}',
	writeFailed: '写入文件失败（{reason}）；所有文件均已恢复到导入之前的状态，没有任何改动。',
	restoreFailed: '写入文件失败（{reason}），且以下文件未能恢复：{files}。请从版本库恢复（git checkout -- content/）后重新导入。',
};

export const CATALOGUES: Record<MessageLocale, Record<MessageKey, string>> = { en, zh };

/** The language of the import's messages: Chinese when LC_ALL, LC_MESSAGES or LANG (the first one set, as POSIX reads them) starts with "zh". */
export function messageLocale(env: NodeJS.ProcessEnv = process.env): MessageLocale {
	const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
	return setting?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The message function for one language: fills `{name}` placeholders; numbers are written with the language's digit grouping. */
export function translator(locale: MessageLocale = messageLocale()): Translate {
	const catalogue = CATALOGUES[locale];
	const numbers = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en');
	return (key, params = {}) =>
		catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
			const value = params[name];
			if (value === undefined) return whole;
			return typeof value === 'number' ? numbers.format(value) : value;
		});
}

/** The placeholders of a message, sorted: `{row}`, `{column}`, … */
export function placeholdersOf(message: string): string[] {
	return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

/** Separator between the items of a list in a message. */
export function listSeparator(locale: MessageLocale): string {
	return locale === 'zh' ? '、' : ', ';
}
