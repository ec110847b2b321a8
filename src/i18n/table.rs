//! The translation table: every key with its English and Simplified Chinese
//! text side by side. Chinese uses the words practitioners use on
//! Xiaohongshu and in agencies (达人, 粉丝, 点赞, 收藏, 赞藏比, 水军, 素人).

use super::Lang;

macro_rules! table {
    ($($section:ident: $carried:meta {
        $($key:ident: $en:literal, $zh:literal;)*
    })*) => {
        /// A piece of UI text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $($(
                #[allow(missing_docs)]
                $key,
            )*)*
        }

        impl Key {
            /// Every key, for the completeness test.
            pub const ALL: &'static [Key] = &[$($(Key::$key,)*)*];
        }

        /// Each section's name and keys, for the test that a page's texts
        /// are used by that page alone.
        #[cfg(test)]
        pub(super) const SECTIONS: &[(&str, &[Key])] =
            &[$((stringify!($section), &[$(Key::$key,)*]),)*];

        // A section's texts are in a build only when it carries a page that
        // shows them (the `*-page` features), so a page's WebAssembly holds
        // no other page's text.
        const TEXTS: &[Texts] = &[$({
            #[cfg($carried)]
            const SECTION: Texts = Texts {
                keys: [$(Key::$key,)*].len(),
                en: concat!($($en,)*),
                zh: concat!($($zh,)*),
                en_ends: &ends([$($en.len(),)*]),
                zh_ends: &ends([$($zh.len(),)*]),
            };
            #[cfg(not($carried))]
            const SECTION: Texts = Texts::not_carried([$(Key::$key,)*].len());
            SECTION
        },)*];
    };
}

/// One section's texts in each language, as one string with where each
/// text ends: two bytes per key, where a table of string slices takes
/// sixteen.
struct Texts {
    keys: usize,
    en: &'static str,
    zh: &'static str,
    en_ends: &'static [u16],
    zh_ends: &'static [u16],
}

impl Texts {
    /// A section this build leaves out: its keys have no text.
    // A build that carries every page leaves none out.
    #[allow(dead_code)]
    const fn not_carried(keys: usize) -> Texts {
        Texts {
            keys,
            en: "",
            zh: "",
            en_ends: &[],
            zh_ends: &[],
        }
    }

    /// The text of the section's `i`-th key.
    fn text(&self, lang: Lang, i: usize) -> &'static str {
        let (all, ends) = match lang {
            Lang::En => (self.en, self.en_ends),
            Lang::Zh => (self.zh, self.zh_ends),
        };
        let start = i
            .checked_sub(1)
            .and_then(|p| ends.get(p))
            .copied()
            .unwrap_or(0);
        let end = ends.get(i).copied().unwrap_or(0);
        all.get(usize::from(start)..usize::from(end)).unwrap_or("")
    }
}

pub(super) fn lookup(lang: Lang, key: Key) -> &'static str {
    let mut i = key as usize;
    for section in TEXTS {
        if i < section.keys {
            return section.text(lang, i);
        }
        i -= section.keys;
    }
    ""
}

/// Running totals of the texts' lengths; the build fails if a section's
/// texts in a language outgrow 64 KB.
// Evaluated while compiling: an index out of range fails the build, never the page.
#[allow(clippy::indexing_slicing)]
const fn ends<const N: usize>(lengths: [usize; N]) -> [u16; N] {
    let mut ends = [0u16; N];
    let mut total = 0;
    let mut i = 0;
    while i < N {
        total += lengths[i];
        assert!(
            total <= u16::MAX as usize,
            "a section's texts outgrew 64 KB"
        );
        ends[i] = total as u16;
        i += 1;
    }
    ends
}

impl Key {
    /// Keys whose Chinese text rightly has no Chinese character (the list
    /// separator is the Chinese enumeration comma 、).
    pub const SAME_IN_BOTH: &'static [Key] = &[
        Key::AppName,
        Key::TlShortVertical,
        Key::ListSeparator,
        Key::JoinTwo,
        Key::JoinThree,
        Key::JoinSpace,
        Key::CompWarningsCount,
        Key::RedFlagsCount,
        Key::TlP80Col,
        Key::AnswerSentence,
        Key::AnswerCompWithBreakeven,
    ];
}

table! {
    // Every page
    shared: all() {
        // App shell
        AppName: "kolcalc", "kolcalc";
        AppTitle: "kolcalc: KOL campaign calculators for China", "kolcalc：中国 KOL 投放计算器";
        NavLabel: "Calculators", "计算器";
        LanguageLabel: "Language", "语言";
        LanguageName: "English", "简体中文";
        CurrencyLabel: "Display currency", "显示币种";
        RateLabel: "Yuan per 1 {0}", "1 {0} 兑人民币";
        RateDefaultHint: "Default {0}: indicative rate set on {1} (assumption). Type your bank's rate.",
            "默认 {0}：{1} 设定的参考汇率（假设值），请按银行实际汇率修改。";
        SkipToContent: "Skip to content", "跳到正文";
        PrivacyLine: "Runs entirely in your browser: nothing you type is sent anywhere.",
            "所有计算都在你的浏览器本地完成，输入的内容不会发送到任何地方。";
        HomeTitle: "KOL campaign calculators for China", "中国 KOL 投放计算器";
        HomeLead: "Plan influencer campaigns on Xiaohongshu (RedNote), Douyin, WeChat and Weibo from abroad: vet creators, split budgets, compare pay models and schedule notes.",
            "在海外也能规划小红书、抖音、微信和微博的达人投放：评估达人、分配预算、比较合作方式、排期笔记。";
        BackHome: "All calculators", "全部计算器";
        NotFoundTitle: "Page not found", "页面不存在";
        CopyLink: "Copy link", "复制链接";
        LinkCopied: "Link copied: it opens this exact scenario.", "链接已复制，打开即是当前这组数据。";
        LinkCopiedPlain: "Link copied.", "链接已复制。";
        LinkWithoutComments: "The link keeps everything but the pasted comments, which would make it longer than 8 KB.",
            "链接保留了除粘贴评论外的全部内容：加上评论会超过 8 KB 上限。";
        LinkTooLong: "This scenario is longer than a link can hold (8 KB), so the link would open with defaults; remove some notes to share it.",
            "当前数据超出链接上限（8 KB），打开链接会恢复默认值；请删减部分笔记后再分享。";
        LinkTooLongValues: "This scenario is longer than a link can hold (8 KB), so the link would open with defaults; shorten the longest values typed in the fields to share it.",
            "当前数据超出链接上限（8 KB），打开链接会恢复默认值；请缩短输入框中过长的内容后再分享。";
        LinkTooLongDates: "This scenario is longer than a link can hold (8 KB), so the link would open with defaults; shorten the lists of extra days off and working days (a range such as 2026-07-01 ~ 2026-07-31 takes one line) to share it.",
            "当前数据超出链接上限（8 KB），打开链接会恢复默认值；请精简额外休息日和调休上班日列表（如 2026-07-01 ~ 2026-07-31 这样的区间只占一行）后再分享。";
        SavedTitle: "Saved scenarios", "已保存的方案";
        SavedUnavailable: "Saving needs the browser's storage, which is not available here (a private window or an embedded frame). Copy the link instead: it holds the whole scenario.",
            "保存方案需要浏览器存储，但此处不可用（隐私窗口或嵌入框架）。请改用复制链接：链接包含完整方案。";
        SavedNameLabel: "Name", "名称";
        SavedSave: "Save this scenario", "保存当前方案";
        SavedUpdate: "Update “{0}”", "更新“{0}”";
        SavedDone: "Saved “{0}” in this browser.", "已在本浏览器保存“{0}”。";
        SavedFull: "{0} scenarios are saved, the most kept here: delete one to save another.",
            "已保存 {0} 个方案，已达上限：请先删除一个再保存。";
        SavedWriteFailed: "Could not save: the browser's storage refused the write (it may be full or blocked). Nothing was lost: the address still holds your scenario.",
            "保存失败：浏览器存储拒绝写入（可能已满或被禁用）。内容未丢失：地址栏仍保存着当前方案。";
        SavedDamaged: "{0} saved scenarios could not be read; they are kept as they are.", "有 {0} 个已保存方案无法读取，已原样保留。";
        SavedKeptUnread: "{0} saved scenarios are kept unread: saved by a newer version of kolcalc, or beyond the {1} shown here.",
            "另有 {0} 个已保存方案原样保留、未显示：由新版 kolcalc 保存，或超出此处显示的 {1} 个。";
        SavedStorageFull: "This browser's storage for this site is full, so nothing can be saved right now. Free some space (delete saved scenarios here, or this site's other data in the browser's settings) and save again. Nothing was lost: the address still holds your scenario.",
            "本浏览器为本网站分配的存储空间已满，暂时无法保存。请释放空间（删除此处已保存的方案，或在浏览器设置中清理本网站的其他数据）后再次保存。内容未丢失：地址栏仍保存着当前方案。";
        SavedUnverified: "Could not save: what the browser stored did not read back as written, so it is not counted as saved. Nothing was lost: the address still holds your scenario.",
            "保存失败：浏览器存储的内容读回时与写入的不一致，因此不算保存成功。内容未丢失：地址栏仍保存着当前方案。";
        SavedNewerStore: "These scenarios were saved by a newer version of kolcalc. This version keeps them as they are and cannot add to them: open the newer version, or copy the link instead.",
            "这些方案由新版 kolcalc 保存。此版本会原样保留它们，但无法在其中添加：请使用新版，或改用复制链接。";
        SavedNone: "Nothing saved for this calculator yet. Scenarios stay in this browser only.", "此计算器还没有保存的方案。方案仅保存在本浏览器中。";
        SavedCompare: "Compare the selected scenarios", "对比所选方案";
        SavedCompareHint: "Tick two or three scenarios to compare them side by side.", "勾选两到三个方案即可并排对比。";
        SavedSelect: "Select “{0}” to compare", "选择“{0}”进行对比";
        SavedRename: "Rename", "重命名";
        SavedRenameNamed: "Rename “{0}”", "重命名“{0}”";
        SavedRenameDone: "OK", "确定";
        SavedDuplicate: "Duplicate", "复制";
        SavedDuplicateNamed: "Duplicate “{0}”", "复制“{0}”";
        SavedDelete: "Delete", "删除";
        SavedDeleteNamed: "Delete “{0}”", "删除“{0}”";
        SavedDefaultName: "Scenario", "方案";
        CompareTitle: "Comparison", "方案对比";
        CompareLead: "Every input and result of the scenarios side by side; ≠ marks a row that differs, with the change against the first scenario.", "并排列出各方案的全部输入与结果；≠ 表示该行有差异，并给出相对第一个方案的变化。";
        CompareNeedsTwo: "This comparison link names fewer than two scenarios or no calculator: open it from the saved scenarios of a calculator.", "该对比链接包含的方案少于两个或未指定计算器：请从计算器的已保存方案中打开。";
        CompareBack: "Back to the calculator", "返回计算器";
        CompareChange: "Change against {0}", "相对“{0}”的变化";
        CompareDiffers: "differs", "有差异";
        CompareInputs: "Inputs", "输入";
        CompareResults: "Results", "结果";
        CompareDays: "{0} days", "{0} 天";
        DownloadCsv: "Download CSV", "下载 CSV";
        PrintButton: "Print", "打印";
        CsvKind: "Kind", "类型";
        CsvName: "Name", "名称";
        CsvValue: "Value", "数值";
        CsvLabel: "Label", "标签";
        CsvInput: "input", "输入";
        CsvResult: "result", "结果";
        EmbedButton: "Embed", "嵌入";
        EmbedSnippetLabel: "Paste this into your page to embed the calculator with this scenario:", "将以下代码粘贴到您的网页，即可嵌入带有当前情景的计算器：";
        EmbedHint: "The script is optional: it fits the frame's height to the calculator. Without it the frame keeps a fixed height.", "脚本可选：用于让框架高度自动适配计算器内容；不加脚本时框架保持固定高度。";
        CopySnippet: "Copy code", "复制代码";
        SnippetCopied: "Code copied.", "代码已复制。";
        OpenFullCalculator: "Open full calculator", "打开完整计算器";
        CopyByHand: "The clipboard is not available here; copy this link:", "此处无法使用剪贴板，请手动复制链接：";
        LinkNoticeIntro: "Some values in this link could not be used, so their defaults are shown:",
            "链接中有部分参数无法使用，已改用默认值：";
        Dismiss: "Dismiss", "关闭";
        DownloadPng: "Download PNG", "下载 PNG";
        DownloadSvg: "Download SVG", "下载 SVG";
        ShowDataTable: "Show data as a table", "以表格显示数据";
        ChartDataOf: "Data of the chart: {0}", "图表数据：{0}";
        ChartColCategory: "Category", "类别";
        PanicTitle: "Something went wrong", "出错了";
        PanicBody: "The calculator stopped unexpectedly. Your scenario is kept in the link below: open it to carry on where you were.",
            "计算器意外停止。你的数据保存在下面的链接里，打开即可从刚才的位置继续。";
        PanicReload: "Reopen this scenario", "重新打开这组数据";
        // Calculators
        EngagementName: "Engagement benchmark", "达人互动评估";
        EngagementSummary: "Vet a creator from their recent notes: like+save to follower ratio, fake-follower signals, consistency.",
            "用近期笔记评估达人（博主）：赞藏比、假粉与水军迹象、内容稳定性。";
        BudgetMixName: "KOL vs KOC budget mix", "KOL 与 KOC 预算分配";
        BudgetMixSummary: "Split a budget across creator tiers the layered way practitioners recommend, and find the best mix.",
            "按从业者推荐的分层打法，把预算分配到头部、腰部、尾部达人和素人，找出最优组合。";
        CompensationName: "Compensation model", "合作费用模型";
        CompensationSummary: "Flat fee, performance, product seeding or hybrid pay, through the platform, an MCN or an agency, with break-even points.",
            "比较一口价、按效果付费、产品置换和混合模式，经蒲公英、MCN 或代理下单，并给出盈亏平衡点。";
        TimelineName: "Campaign timeline", "投放排期";
        TimelineSummary: "From creator selection to publication, with review rounds, waves of creators and Chinese holidays.",
            "从达人筛选到笔记发布的排期，含审稿轮次、分批达人和中国节假日。";
        // Engagement page
        EngagementQuestion: "Is this creator's engagement genuine and good enough to pay for?",
            "这位达人的互动是真实的吗？值得付费合作吗？";
        SectionCreator: "The creator", "达人信息";
        FollowersLabel: "Followers", "粉丝数";
        FollowersHint: "From the creator's profile. You can type 12000, 12k or 1.2万.",
            "取自达人主页，可输入 12000、12k 或 1.2万。";
        FollowersUnit: "Followers; 1.2万 and 12k work too.", "粉丝数，也可输入 1.2万 或 12k。";
        ProfileLikesSavesLabel: "Likes and saves on the profile (optional)", "主页获赞与收藏（选填）";
        ProfileLikesSavesHint: "The profile's lifetime total (获赞与收藏). Fewer than followers is a warning sign.",
            "主页显示的累计获赞与收藏。若少于粉丝数，是买粉的危险信号。";
        SectionNotes: "Recent notes (last 90 days)", "近期笔记（近 90 天）";
        NotesHelp: "One row per note, from the note's own page. Views are optional.",
            "每行一篇笔记，数据取自笔记页面。阅读数选填。";
        ColNote: "Note", "笔记";
        ColLikes: "Likes", "点赞";
        ColSaves: "Saves", "收藏";
        ColComments: "Comments", "评论";
        ColShares: "Shares", "分享";
        ColViews: "Views", "阅读";
        RemoveColumn: "Remove", "删除";
        CellLabel: "{0}, note {1}", "笔记 {1} 的{0}";
        RemoveNote: "Remove note {0}", "删除笔记 {0}";
        NoteCellError: "Note {0}, {1}: {2}", "笔记 {0} 的{1}：{2}";
        RowsLeftOut: "{0} note(s) with an error are left out of the results until fixed.",
            "有 {0} 篇笔记的数据有误，修正前不计入结果。";
        AddNote: "Add note", "添加笔记";
        PasteTitle: "Paste rows from a spreadsheet", "从表格粘贴笔记数据";
        PasteHelp: "Tab- or comma-separated, with or without a header row. Headers may be 点赞, 收藏, 评论, 分享, 阅读 or likes, saves, comments, shares, views; other columns are ignored.",
            "支持制表符或逗号分隔，可带或不带表头。表头可用 点赞、收藏、评论、分享、阅读 或英文 likes、saves、comments、shares、views，其他列会被忽略。";
        PasteLabel: "Rows to paste", "粘贴内容";
        PasteReplace: "Replace notes", "替换现有笔记";
        PasteAppend: "Add to notes", "追加到笔记";
        PasteRead: "{0} note(s) read.", "已读取 {0} 篇笔记。";
        PasteSkipped: "{0} line(s) without any number were skipped.", "有 {0} 行没有数字，已跳过。";
        PasteNothing: "No line with numbers was found in the pasted text.", "粘贴内容中没有找到含数字的行。";
        PasteTooMany: "Only the first {0} notes are kept.", "只保留前 {0} 篇笔记。";
        SectionBenchmarks: "Benchmarks and assumptions", "基准与假设";
        BenchmarkLabel: "Benchmark like+save to follower ratio", "赞藏比基准（点赞+收藏 ÷ 粉丝）";
        BenchmarkHint: "Default 1.5%: the AllXHS guide's quality benchmark.", "默认 1.5%：来自AllXHS 投放指南的质量基准。";
        SuspiciousLabel: "Suspicious below", "存疑线（低于此值）";
        SuspiciousHint: "Default 3% (practitioner: a ratio that stays below it suggests bought engagement). Every note below it is a red flag; a median below it, a warning sign.",
            "默认 3%（从业者：长期低于此线有刷量嫌疑）。所有笔记都低于此线为风险信号；中位数低于此线为风险提示。";
        QualifiedLabel: "Qualified from", "优质线";
        QualifiedHint: "Default 5%: a practitioner line, shown for context.", "默认 5%：从业者经验线，仅作参考。";
        FakeLabel: "Assumed fake-follower share", "假粉占比假设";
        FakeHint: "Leave empty to follow the tier: 30% under 500K followers (the AllXHS guide), 15% from 500K (practitioner range). 0 turns it off.",
            "留空则按层级取值：50万粉以下 30%（AllXHS 投放指南），50万粉及以上 15%（从业者区间）。填 0 即不扣除。";
        TierBoundsTitle: "Tier bounds (followers)", "达人层级划分（粉丝数）";
        TierBoundsHint: "Defaults 10K, 50K and 500K: the common practitioner convention. Below the tail bound is a KOC.",
            "默认 1万、5万、50万：行业常用划分。低于尾部下限即为素人（KOC）。";
        TailFromLabel: "Tail KOL from", "尾部达人起";
        MidFromLabel: "Mid KOL from", "腰部达人起";
        HeadFromLabel: "Head KOL from", "头部达人起";
        SectionResults: "Results", "评估结果";
        VerdictLabel: "Verdict:", "结论：";
        VerdictMeets: "Meets the benchmark", "达到基准";
        VerdictBorderline: "Borderline: check the warnings", "勉强达标，请留意风险提示";
        VerdictBelow: "Below the benchmark", "未达基准";
        VerdictRedFlags: "Red flags: {0}", "风险信号：{0}";
        ListSeparator: ", ", "、";
        RedFlagDuplicates: "duplicated comments", "重复评论";
        RedFlagTemplates: "template comments", "模板评论";
        RedFlagShort: "very short comments", "极短评论";
        RedFlagSuspicious: "every note below the suspicious line", "所有笔记低于可疑线";
        RedFlagProfile: "more followers than profile likes and saves", "粉丝数高于主页获赞与收藏";
        ReasonMedianSuspicious: "Median like+save ratio {0} is below the practitioners' suspicious line {1}.",
            "赞藏比中位数 {0} 低于从业者的可疑线 {1}。";
        ReasonAllSuspicious: "Every note is below the practitioners' suspicious line {1} (highest {0}): practitioners read a ratio that stays this low as bought engagement (刷量).",
            "所有笔记都低于从业者的可疑线 {1}（最高 {0}）：从业者认为长期如此偏低是刷量迹象。";
        ReasonCommentsDuplicate: "{0} of the pasted comments repeat another (flag line 20%): a comment-farm sign.",
            "{0} 的评论与其他评论重复（警戒线 20%）：水军迹象。";
        ReasonCommentsTemplate: "{0} of the pasted comments are template phrases (flag line 30%): a comment-farm sign.",
            "{0} 的评论为模板用语（警戒线 30%）：水军迹象。";
        ReasonCommentsShort: "{0} of the pasted comments have three characters or fewer (flag line 40%): a comment-farm sign.",
            "{0} 的评论不超过三个字（警戒线 40%）：水军迹象。";
        ReasonMeanMeets: "Mean like+save ratio {0} is at or above the benchmark {1}.",
            "平均赞藏比 {0}，达到基准 {1}。";
        ReasonMeanBelow: "Mean like+save ratio {0} is below the benchmark {1}.",
            "平均赞藏比 {0}，低于基准 {1}。";
        ReasonFewNotes: "Only {0} of the notes reach the benchmark: the mean rests on a few notes.",
            "只有 {0} 的笔记达到基准，均值靠少数笔记撑起。";
        ReasonLowSaves: "Low save share: saves are {0} of interactions (below 15%).",
            "收藏占比偏低：收藏只占互动的 {0}（低于 15%）。";
        ReasonUneven: "Very uneven notes: the coefficient of variation of interactions is {0} (above 0.8).",
            "笔记数据波动很大：互动变异系数为 {0}（高于 0.8）。";
        ReasonCommentShare: "Comment share {0} is outside the healthy 5–15% of interactions.",
            "评论占互动 {0}，不在 5%–15% 的健康区间。";
        ReasonFollowersExceedProfile: "Followers ({0}) exceed the profile's likes and saves ({1}): a sign of bought followers.",
            "粉丝数（{0}）多于主页获赞与收藏（{1}），有买粉嫌疑。";
        ReasonFollowersExceedNotes: "Followers ({0}) exceed the likes and saves across these notes ({1}); enter the profile's total to check properly.",
            "粉丝数（{0}）多于这些笔记的赞藏总数（{1}）；填写主页获赞与收藏可更准确判断。";
        TierLabel: "Tier", "达人层级";
        TierKoc: "KOC (under the tail bound)", "素人 / KOC";
        TierTail: "Tail KOL", "尾部达人";
        TierMid: "Mid / vertical KOL", "腰部达人";
        TierHead: "Head KOL", "头部达人";
        RatioMean: "Mean like+save ratio", "平均赞藏比";
        RatioMedian: "Median like+save ratio", "赞藏比中位数";
        ShareAboveBenchmark: "Notes at or above the benchmark", "达到基准的笔记占比";
        ErFollowers: "Engagement rate by followers", "互动率（按粉丝）";
        ErViews: "Engagement rate by views", "互动率（按阅读）";
        SaveShare: "Save share of interactions", "收藏占互动比";
        CommentShare: "Comment share of interactions", "评论占互动比";
        StabilityCv: "Stability (coefficient of variation)", "稳定性（变异系数）";
        ViralRate: "Viral notes (1,000+ likes, saves and comments)", "爆文率（赞藏评 ≥ 1000）";
        FakeShareUsed: "Fake-follower share assumed", "假粉占比假设";
        FakeSourceBrief: "the AllXHS guide's 30% for accounts under 500K", "AllXHS 投放指南：50万粉以下约 30%";
        FakeSourcePractitioner: "practitioner range, 15% from 500K followers", "从业者区间：50万粉及以上 15%";
        FakeSourceUser: "your value", "你填写的数值";
        AuthenticFollowers: "Estimated authentic followers", "估算真实粉丝";
        AuthenticRatioMean: "Mean like+save ratio on authentic followers", "按真实粉丝计的平均赞藏比";
        LikesSavesNotes: "Likes + saves across the notes", "笔记赞藏合计";
        NotesCounted: "Notes counted", "计入笔记数";
        UndefinedNoFollowers: "needs a follower count above zero", "需填写大于零的粉丝数";
        UndefinedNoNotes: "needs at least one note", "至少需要一篇笔记";
        UndefinedTooFewNotes: "needs at least two notes", "至少需要两篇笔记";
        UndefinedNoInteractions: "the notes have no interactions", "这些笔记没有任何互动";
        UndefinedNoViews: "no note gives its views", "没有笔记填写阅读数";
        UndefinedNoAuthenticFollowers: "a fake share of 100% leaves no authentic follower", "假粉占比 100%，没有真实粉丝";
        ChartTitle: "Like+save ratio (赞藏比) per note", "每篇笔记的赞藏比";
        ChartYAxis: "(likes + saves) ÷ followers", "（点赞 + 收藏）÷ 粉丝";
        ChartPasses: "At or above benchmark", "达到基准";
        ChartFails: "Below benchmark", "低于基准";
        ChartBenchmark: "Benchmark {0}", "基准 {0}";
        ChartSuspicious: "Suspicious below {0}", "存疑线 {0}";
        ChartQualified: "Qualified {0}", "优质线 {0}";
        ChartEmpty: "No note to chart yet", "暂无可绘制的笔记";
        ChartSummary: "{0} of {1} notes at or above the benchmark {2}; highest {3}, lowest {4}.",
            "{1} 篇笔记中有 {0} 篇达到基准 {2}；最高 {3}，最低 {4}。";
        // Comment check
        CommentsTitle: "Comment check: spot comment farms (水军)", "评论检查：识别水军";
        CommentsHelp: "Paste a note's comments, one per line. Bot-generated comments often read generic or repetitive; this counts how many do.",
            "粘贴一篇笔记的评论，每行一条。水军评论往往空泛或重复，这里统计其占比。";
        CommentsLabel: "Comments, one per line", "评论（每行一条）";
        CommentsChecked: "Comments checked", "已检查评论数";
        DuplicateShare: "Exact duplicates", "完全重复";
        TemplateShare: "Template phrases only", "套话评论";
        ShortShare: "Very short (3 characters or fewer)", "极短评论（不超过 3 个字）";
        FlagLine: "warning above {0}", "超过 {0} 即提示";
        FlagLineOver: "⚠ warning above {0}", "⚠ 超过 {0} 即提示";
        FlagLineUnder: "✓ warning above {0}", "✓ 超过 {0} 即提示";
        CommentsNoFlags: "No warning sign in these comments.", "这些评论没有明显的水军迹象。";
        CommentsFlagDuplicates: "Many comments repeat each other word for word.", "大量评论逐字重复。";
        CommentsFlagTemplates: "Many comments are generic template phrases.", "大量评论是空泛的套话。";
        CommentsFlagShort: "Many comments are only a word or two.", "大量评论只有一两个字。";
        CommentsLeftOut: "{0} lines beyond the first {1} were not read.", "超出前 {1} 条的 {0} 行未读取。";
        TemplateListTitle: "Template phrases counted", "计入的套话列表";
        // Formulas and sources
        FormulasTitle: "How each figure is calculated", "计算方法与数据来源";
        FormulaRatio: "For each note, its ratio = (likes + saves) ÷ followers. The mean and median are taken over the notes.",
            "每篇笔记的赞藏比 =（点赞 + 收藏）÷ 粉丝数；再对所有笔记取平均值与中位数。";
        FormulaShareAbove: "Notes whose ratio is at or above the benchmark, divided by the number of notes.",
            "赞藏比达到基准的笔记数 ÷ 笔记总数。";
        FormulaErFollowers: "Mean over the notes of (likes + saves + comments + shares) ÷ followers.",
            "各笔记（点赞 + 收藏 + 评论 + 分享）÷ 粉丝数 的平均值。";
        FormulaErViews: "Sum of interactions ÷ sum of views, over the notes that give views.",
            "在填写了阅读数的笔记中，互动总数 ÷ 阅读总数。";
        FormulaSaveShare: "Sum of saves ÷ sum of interactions (likes + saves + comments + shares).",
            "收藏总数 ÷ 互动总数（点赞 + 收藏 + 评论 + 分享）。";
        FormulaCommentShare: "Sum of comments ÷ sum of interactions; 5–15% is healthy (practitioner range).",
            "评论总数 ÷ 互动总数；5%–15% 为健康区间（从业者经验）。";
        FormulaCv: "Population standard deviation of each note's interactions ÷ their mean. Above 0.8 is very uneven (practitioners: 0.5 or less is best).",
            "各笔记互动数的总体标准差 ÷ 平均值。高于 0.8 视为波动很大（从业者经验：不超过 0.5 最佳）。";
        FormulaViral: "Notes with likes + saves + comments of 1,000 or more (the platform's 千互 line) ÷ notes.",
            "赞藏评合计 ≥ 1000 的笔记（千互爆文）÷ 笔记总数。";
        FormulaAuthentic: "Authentic followers = followers × (1 − fake share); the ratio is then recomputed on them.",
            "真实粉丝 = 粉丝数 ×（1 − 假粉占比），再以真实粉丝重新计算赞藏比。";
        FormulaTier: "By followers: KOC below the tail bound, then tail, mid and head KOL.",
            "按粉丝数划分：低于尾部下限为素人（KOC），其上依次为尾部、腰部、头部达人。";
        FormulaVerdict: "Red flags decide first: any comment-check share above its flag line (duplicates 20%, template phrases 30%, three characters or fewer 40%), every note below the suspicious line, or more followers than the profile's likes and saves; the headline names each. Otherwise below when the mean ratio misses the benchmark; borderline if any warning shows (under half the notes at the benchmark, median below the suspicious line, save share under 15%, CV above 0.8, comment share outside 5–15%, more followers than the notes' likes and saves); meets if none does.",
            "先看风险信号：评论检查任一比例超过警戒线（重复 20%、模板用语 30%、不超过三个字 40%）、所有笔记低于可疑线、或粉丝数多于主页获赞与收藏；结论中逐一列出。否则平均赞藏比低于基准即为未达基准；出现任一风险提示（不到一半笔记达到基准、中位数低于可疑线、收藏占比低于 15%、变异系数高于 0.8、评论占比不在 5%–15%、粉丝数多于这些笔记的获赞与收藏）即为勉强达标；全部通过才算达到基准。";
        FormulaComments: "Each comment is compared without spaces, punctuation, emoji or letter case. Duplicates: comments another comment repeats. Template: made only of listed template phrases or emoji. Very short: 3 characters or fewer.",
            "比较时忽略空格、标点、表情和大小写。完全重复：与其他评论相同；套话：只由列表中的套话或表情组成；极短：不超过 3 个字。";
        SourcesTitle: "Where the defaults come from", "默认值来源";
        SourceBenchmark: "Benchmark 1.5% like+save to follower ratio: the AllXHS guide.", "赞藏比基准 1.5%：AllXHS 投放指南。";
        SourcePractitionerLines: "3% suspicious and 5% qualified lines: practitioner pricing guide (80tg.com), for context.",
            "3% 存疑线与 5% 优质线：从业者报价指南（80tg.com），仅作参考。";
        SourceFake: "Fake-follower share 30% under 500K followers: the AllXHS guide; 15% from 500K: practitioner range (generic estimates are 15–25%).",
            "假粉占比：50万粉以下 30% 来自AllXHS 投放指南；50万粉及以上 15% 来自从业者区间（通用估计为 15%–25%）。";
        SourceTiers: "Tier bounds 10K / 50K / 500K: the common practitioner convention.", "层级划分 1万 / 5万 / 50万：行业常用划分。";
        SourceThresholds: "Viral line 1,000 interactions, CV 0.8, comment share 5–15%: practitioner ranges (an open-source Xiaohongshu creator evaluator; tocanan.ai); save share under 15%: assumption (practitioners call 25% or more good).",
            "千互爆文线、变异系数 0.8、评论占比 5%–15%：从业者经验（开源小红书达人评估工具；tocanan.ai）；收藏占比低于 15% 为假设（从业者认为 25% 以上为好）。";
        SourceCommentLines: "Comment warning lines (duplicates 20%, templates 30%, very short 40%): assumptions, set so a lively genuine thread passes.",
            "评论提示线（重复 20%、套话 30%、极短 40%）：假设值，以正常热闹的真实评论区不被误判为准。";
        // Red flags
        RedFlagsLabel: "Red flags", "风险信号";
        RedFlagsCount: "{0}", "{0}";
        // Field errors
        ErrEmpty: "Enter a value.", "请输入数值。";
        ErrNotANumber: "Not a number: use digits, such as 12000, 12k or 1.2万.", "不是有效数字：请输入如 12000、12k 或 1.2万。";
        ErrNegative: "Can't be negative.", "不能为负数。";
        ErrZero: "Must be above zero.", "必须大于零。";
        ErrNotWhole: "Must be a whole number.", "必须是整数。";
        ErrTooLarge: "Too large: at most {0}.", "数值过大：最多 {0}。";
        ErrOutOfRange: "Must be between {0} and {1}.", "必须在 {0} 到 {1} 之间。";
        ErrNotAscending: "Must be above the tier before it.", "必须大于上一层级的下限。";
        ErrNotADate: "Not a date: type it as 2026-02-15.", "不是有效日期：请按 2026-02-15 的格式填写。";
        ErrNotOrdered: "Minimum, likely and maximum must not decrease.", "最少、最可能、最多的天数不能递减。";
        // The shortlist among the calculators
        ShortlistName: "Creator shortlist", "达人提报筛选";
        ShortlistSummary: "Paste an agency's creator list: vet every creator at once and pick the best set to book within the budget.",
            "粘贴机构的达人提报表：一次评估全部达人，并在预算内选出最优的投放组合。";
        // Link notices
        NoticeTooLong: "The link is too long ({0} bytes; the limit is 8 KB, 64 KB with a compressed creator list), so it was not read.",
            "链接过长（{0} 字节，上限 8 KB；含压缩的达人列表时 64 KB），未读取。";
        NoticeIgnored: "{0} = “{1}” is not a usable value.", "{0} = “{1}” 不是可用的数值。";
        NoticeUnknownKey: "“{0}” is not a setting of this calculator.", "“{0}” 不是此计算器的参数。";
        NoticeRepeated: "{0} appears more than once; the first value is used.", "{0} 出现了多次，只采用第一个值。";
        NoticeTooManyRows: "{0} has {1} rows, more than the {2} allowed.", "{0} 有 {1} 行，超过上限 {2} 行。";
        NoticeUnreadableList: "The creator list in this link ({0} = “{1}”) could not be read: the link may have been cut off when it was copied. The example list is shown; ask for the whole link again, or paste the sheet.",
            "无法读取此链接中的达人列表（{0} = “{1}”）：链接可能在复制时被截断。下面显示的是示例列表；请重新索取完整链接，或直接粘贴表格。";
        NoticeNewerFormat: "This link comes from a newer version (format {0}); some values may be ignored.",
            "此链接来自更新的版本（格式 {0}），部分参数可能被忽略。";
        JoinTwo: "{0} · {1}", "{0} · {1}";
        JoinThree: "{0} · {1} · {2}", "{0} · {1} · {2}";
        JoinSpace: "{0} {1}", "{0} {1}";
        // Shared results read like a report: link language, copy as table, CSV columns
        LinkLangLabel: "Link opens in", "链接打开语言";
        LinkLangReader: "the reader's language", "对方的语言";
        LinkLangEn: "English", "英文";
        LinkLangZh: "Chinese", "中文";
        CopyTable: "Copy as table", "复制为表格";
        TableCopied: "Table copied: paste it into Excel, Numbers, Google Sheets or WPS.",
            "表格已复制，可粘贴到 Excel、Numbers、Google 表格或 WPS。";
        TableByHand: "The browser blocked the clipboard: select the table below and copy it (Ctrl+C or ⌘C).",
            "浏览器不允许写入剪贴板：请选中下方表格后复制（Ctrl+C 或 ⌘C）。";
        CsvSection: "Section", "部分";
        CsvItem: "Item", "项目";
        CsvShown: "Value", "数值";
        CsvYuan: "In yuan (CNY)", "人民币金额";
        CsvExact: "Exact value (CNY; shares as fractions)", "精确值（人民币；比例为小数）";
        CsvKey: "Key", "键名";
        CompareItem: "Item", "项目";
        InputNotes: "Recent notes (likes, saves, comments, shares, views)", "近期笔记（点赞、收藏、评论、分享、阅读）";
        InputTierBounds: "Tier bounds: tail, mid, head from (followers)", "层级下限：尾部、腰部、头部（粉丝数）";
        InputMixHead: "Head KOL: quote ¥, followers, rate low, likely, high %, fake %, creators",
            "头部 KOL：报价 ¥、粉丝数、互动率 低/可能/高 %、假粉 %、人数";
        InputMixMid: "Mid KOL: quote ¥, followers, rate low, likely, high %, fake %, creators",
            "腰部 KOL：报价 ¥、粉丝数、互动率 低/可能/高 %、假粉 %、人数";
        InputMixTail: "Tail KOL: quote ¥, followers, rate low, likely, high %, fake %, creators",
            "尾部 KOL：报价 ¥、粉丝数、互动率 低/可能/高 %、假粉 %、人数";
        InputMixKoc: "KOC: quote ¥, followers, rate low, likely, high %, fake %, creators",
            "素人 KOC：报价 ¥、粉丝数、互动率 低/可能/高 %、假粉 %、人数";
        InputMixSeeding: "Seeding KOC: product and shipping ¥, followers, rate low, likely, high %, fake %, creators",
            "种草素人：产品及运费 ¥、粉丝数、互动率 低/可能/高 %、假粉 %、人数";
        InputMixReach: "Reach factor: head, mid, tail, KOC, seeding", "曝光倍数：头部、腰部、尾部、KOC、种草素人";
        InputCompEngagements: "Engagements per note: low, likely, high", "单篇互动量：低、可能、高";
        InputCompReads: "Reads per note: low, likely, high", "单篇阅读量：低、可能、高";
        InputCompClicks: "Link clicks per note: low, likely, high", "单篇链接点击：低、可能、高";
        InputCompSales: "Units sold per note: low, likely, high", "单篇成交件数：低、可能、高";
        InputQuoteInYuan: "yuan (CNY)", "人民币";
        InputQuoteInDisplay: "the display currency", "所选币种";
        InputTlSelection: "Creator selection: min, likely, max days, w working / c calendar", "达人筛选：最少、最可能、最多天数，w 工作日 / c 自然日";
        InputTlBriefing: "Briefing and scheduling: min, likely, max days, w working / c calendar", "需求简报与排期确认：最少、最可能、最多天数，w 工作日 / c 自然日";
        InputTlDraft: "Draft review: min, likely, max days, w working / c calendar", "脚本/初稿审核：最少、最可能、最多天数，w 工作日 / c 自然日";
        InputTlFinal: "Final approval: min, likely, max days, w working / c calendar", "终稿确认：最少、最可能、最多天数，w 工作日 / c 自然日";
        InputTlPlatform: "Platform review: min, likely, max days, w working / c calendar", "平台审核：最少、最可能、最多天数，w 工作日 / c 自然日";
        InputTlPublication: "Publication: min, likely, max days, w working / c calendar", "发布：最少、最可能、最多天数，w 工作日 / c 自然日";
        InputTlRoundCreator: "Per round, creator revises: min, likely, max working days", "每轮达人修改：最少、最可能、最多工作日";
        InputTlRoundBrand: "Per round, brand reviews: min, likely, max working days", "每轮品牌审核：最少、最可能、最多工作日";
        InputTlWaveSeeding: "Seeding KOCs wave: creators, reviewed at once, days after previous wave", "素人种草批次：达人数、同时审核人数、距上一批天数";
        InputTlWaveVertical: "Vertical KOLs wave: creators, reviewed at once, days after previous wave", "垂类 KOL 批次：达人数、同时审核人数、距上一批天数";
        InputTlWaveHead: "Head KOL wave: creators, reviewed at once, days after previous wave", "头部 KOL 批次：达人数、同时审核人数、距上一批天数";
        InputTlIgnored: "Holidays that do not apply (first day)", "不适用的节假日（首日）";
        // Formula panels: each formula titled in words
        FtRatio: "Like+save ratio, mean and median", "赞藏比（均值与中位数）";
        FtShareAbove: "Notes at the benchmark", "达到基准的笔记占比";
        FtErFollowers: "Engagement rate by followers", "按粉丝计的互动率";
        FtErViews: "Engagement rate by views", "按阅读计的互动率";
        FtSaveShare: "Save share", "收藏占比";
        FtCommentShare: "Comment share", "评论占比";
        FtCv: "Stability (variation between notes)", "内容稳定性（笔记间波动）";
        FtViral: "Viral notes (1,000+ interactions)", "爆文率（千互以上）";
        FtAuthentic: "Authentic followers and their ratio", "真实粉丝及其赞藏比";
        FtTier: "Tier", "达人层级";
        FtVerdict: "Verdict", "结论";
        FtComments: "Comment check: duplicates, templates, very short", "评论检查：重复、套话、过短";
        FtCompCost: "Total cost: creator's pay, fees, FX and products", "总费用：达人费用、服务费、汇兑与产品";
        FtCompPerformance: "Performance pay", "按效果付费";
        FtCompSeeding: "Seeding (product for a post)", "产品置换";
        FtCompHybrid: "Hybrid: base fee plus bonus", "混合模式：坑位费加奖励";
        FtCompPerResult: "Cost per engagement, read, click and sale", "单次互动、阅读、点击与成交成本";
        FtCompMargin: "Contribution margin, break-even ROAS and profit", "贡献毛利、保本 ROAS 与利润";
        FtCompPerfVsFlat: "Where performance pay costs the flat fee", "按效果付费与一口价持平的量";
        FtCompPays: "Where hybrid costs the flat fee; where each pays back", "混合模式与一口价持平点；各模式回本点";
        FtCompCheapest: "Cheapest option", "最省钱的方案";
        FtMixCost: "Cost per tier", "各层级费用";
        FtMixReach: "Impressions, engagements and authentic engagements", "曝光、互动与真实互动";
        FtMixPer: "Cost per authentic engagement and CPM", "单次真实互动成本与 CPM";
        FtMixPillars: "Creator budget, Feed and Search, unspent", "达人预算、信息流与搜索、未用预算";
        FtMixCampaign: "Whole campaign", "整体投放";
        FtMixOptimiser: "Optimised mix", "最优组合";
        FtMixBand: "Range of authentic engagements (P10–P90)", "真实互动区间（P10–P90）";
        FtTlPert: "Step durations", "各步骤时长";
        FtTlWorking: "Working days", "工作日";
        FtTlGroups: "Waves and review groups", "批次与审核分组";
        FtTlHandOver: "Time-zone hand-overs", "时差交接等待";
        FtTlMonteCarlo: "P50, P80 and P95 dates", "P50、P80 与 P95 日期";
        FtSlVetting: "Vetting each creator", "逐个评估达人";
        FtSlCosts: "Engagements, cost and cost per engagement", "互动、费用与单次互动成本";
        FtSlPick: "The pick", "选号方法";
        InputSlKeep: "Must book (rows)", "必投（行号）";
        InputSlNever: "Never book (rows)", "不投（行号）";
        // Answer first: each calculator's one-sentence answer, and results kept
        // while a field is invalid
        AnswerLabel: "Answer", "结论";
        AnswerNoRedFlags: "no red flags", "无风险信号";
        AnswerOneRedFlag: "1 red flag", "1 个风险信号";
        AnswerRedFlags: "{0} red flags", "{0} 个风险信号";
        AnswerEngMeets: "{0}, like+save ratio {1}: meets the {2} benchmark; {3}.",
            "{0}，赞藏比 {1}：达到 {2} 基准；{3}。";
        AnswerEngBorderline: "{0}, like+save ratio {1}: meets the {2} benchmark, with warning signs; {3}.",
            "{0}，赞藏比 {1}：达到 {2} 基准，但请留意提示；{3}。";
        AnswerEngBelow: "{0}, like+save ratio {1}: below the {2} benchmark; {3}.",
            "{0}，赞藏比 {1}：未达 {2} 基准；{3}。";
        AnswerEngRedFlags: "{0}, like+save ratio {1} (benchmark {2}): {3}, check before paying.",
            "{0}，赞藏比 {1}（基准 {2}）：{3}，付费前请核实。";
        AnswerMix: "Book {0} head, {1} mid and {2} tail KOLs, {3} KOCs and {4} seeding creators: about {5} authentic engagements (P10–P90 {6}–{7}) for {8} in creator fees.",
            "投放头部 {0} 位、腰部 {1} 位、尾部 {2} 位 KOL，KOC {3} 位，种草素人 {4} 位：预计约 {5} 次真实互动（P10–P90 {6}–{7}），达人费用 {8}。";
        AnswerSentence: "{0}.", "{0}。";
        AnswerCompCheapest: "Cheapest for this creator: {0} via {1}, {2}", "此达人最省钱的方式：{0}，经{1}，{2}";
        AnswerCompWithBreakeven: "{0}; {1}.", "{0}；{1}。";
        AnswerCompPerfBelow: "performance pay is cheaper below {0} {1} per note", "每篇{1}少于 {0} 时按效果付费更省";
        AnswerCompFlatAbove: "a flat fee is cheaper above {0} {1} per note", "每篇{1}超过 {0} 时一口价更省";
        AnswerTlBackward: "Start creator selection by {0} to have every note live by {1} (80% confident).",
            "最晚于 {0} 开始筛选达人，即可在 {1} 前让全部笔记上线（80% 把握）。";
        AnswerTlForward: "Every note live by {0} (80% confident); most likely {1}.",
            "全部笔记 80% 把握在 {0} 前上线，最可能为 {1}。";
        AnswerDetails: "Details ↓", "查看明细 ↓";
        AnswerStale: "Out of date: these results are for the last values that could be read, not for what is typed now.",
            "结果已过期：以下是最后一次有效输入的结果，并非当前输入。";
        AnswerStaleNone: "No results until every field can be read.", "所有输入有效后才会显示结果。";
        AnswerFix: "Fix:", "请修改：";
        ErrAmbiguousDate: "This date reads two ways: {0} (day first) or {1} (month first). Type it as {2}, or with the month's name.",
            "此日期有两种读法：{0}（日在前）或 {1}（月在前）。请按 {2} 的格式填写，或写出月份。";
        ErrOtherCurrency: "This amount is in {0}, but this field is in {1}: convert it, or change the display currency.",
            "此金额为 {0}，但本栏以 {1} 计：请换算，或更改显示币种。";
        // Answer first, part two: one money format, expected counts, money
        // fields that read currency signs
        AboutValue: "about {0}", "约 {0}";
        ErrYuanOnly: "This amount is in {0}, but this field is in yuan (CNY): convert it to yuan.",
            "此金额为 {0}，但本栏以人民币（CNY）计：请换算为人民币。";
        ErrQuoteCurrency: "This amount is in {0}, but the quote is typed in {1}: convert it, or choose {0} under \u{201c}Quote typed in\u{201d}.",
            "此金额为 {0}，但报价以 {1} 填写：请换算，或在\u{201c}报价币种\u{201d}中选择 {0}。";
        ComparePoints: "{0} pts", "{0} 个百分点";
    }
    // The compensation model
    compensation: any(not(feature = "ui"), feature = "compensation-page", feature = "compare-page") {
        CompColChannel: "Channel", "渠道";
        CompQuestion: "Which way of paying, booked through which channel, costs least for the result you expect, and where does each stop paying off?",
            "哪种合作方式、经哪个渠道下单，能以最低成本达到预期效果？各自在什么量级之后不再划算？";
        CompSectionInputs: "Creator, results and terms", "达人、效果与合作条款";
        CompSectionQuote: "The creator's quote", "达人报价";
        CompQuoteLabel: "Quote per note", "单篇报价";
        CompQuoteHint: "Default ¥12,000: a mid-tier image note (practitioner range ¥5,000–30,000). In yuan, or in your display currency when you choose it below; results show both.",
            "默认 12,000 元：腰部达人图文报价（从业者区间 5,000–30,000 元）。按人民币填写；选择所选币种后也可按该币种填写，结果同时显示两种币种。";
        CompQuoteUnitLabel: "Quote typed in", "报价币种";
        CompQuoteDisplay: "Flat fee in your currency: {0}, at the rate in the header.", "一口价折合所选币种：{0}（按页头汇率）。";
        CompFormatLabel: "Format multiplier", "笔记形式系数";
        CompFormatHint: "1 for an image note; video usually 1.4 (practitioner range 1.3–1.5).",
            "图文为 1；视频一般为 1.4（从业者区间 1.3–1.5）。";
        CompEngagements: "Engagements per note", "单篇互动量";
        CompEstimatesHint: "Low, likely and high estimates; costs are computed at the likely value, the chart shades low to high. Defaults are an illustrative mid-tier note (assumption).",
            "分别填写保守、预期与乐观估计；费用按预期值计算，图中阴影为保守到乐观的区间。默认值为腰部达人笔记的示例（假设值）。";
        CompReads: "Reads per note", "单篇阅读量";
        CompClicks: "Link clicks per note", "单篇链接点击";
        CompSales: "Units sold per note", "单篇成交件数";
        CompLow: "Low", "保守";
        CompLikely: "Likely", "预期";
        CompHigh: "High", "乐观";
        CompSectionProduct: "Product economics", "产品经济性";
        CompPriceLabel: "Selling price per unit", "单件售价";
        CompPriceHint: "Default ¥300 (assumption).", "默认 300 元（假设值）。";
        CompMarginLabel: "Gross margin", "毛利率";
        CompMarginHint: "Default 60% (assumption). At 0% nothing pays for itself.", "默认 60%（假设值）。为 0% 时任何方式都无法回本。";
        CompReturnsLabel: "Return rate", "退货率";
        CompReturnsHint: "Default 10% (assumption; the domain example uses 5%). At 100% nothing pays for itself.",
            "默认 10%（假设值；参考示例为 5%）。为 100% 时任何方式都无法回本。";
        CompBasisLabel: "Performance pay counts", "按效果付费的计费依据";
        CompBasisEngagement: "engagements", "互动";
        CompBasisClick: "clicks", "点击";
        CompBasisSale: "units sold", "成交件数";
        CompSectionPerformance: "Performance-based pay", "按效果付费";
        CompPerformanceLine: "Only the rate of the basis chosen above is used.", "只使用上方所选计费依据对应的费率。";
        CompPerEngagementLabel: "Pay per engagement", "每次互动单价";
        CompPerEngagementHint: "Default ¥5 (assumption; practitioners call a cost per engagement under ¥10 good).",
            "默认 5 元（假设值；从业者认为互动成本低于 10 元为好）。";
        CompPerClickLabel: "Pay per click", "每次点击单价";
        CompPerClickHint: "Default ¥5 (assumption; search ads cost ¥2–8 a click, practitioner).",
            "默认 5 元（假设值；搜索广告单次点击 2–8 元，从业者经验）。";
        CompCommissionLabel: "Commission on sales (纯佣)", "销售佣金（纯佣）";
        CompCommissionHint: "Default 20% (practitioner range 10–40%). Paid on each unit's price.",
            "默认 20%（从业者区间 10%–40%），按每件售价计算佣金。";
        CompSectionSeeding: "Product seeding (置换)", "产品置换";
        CompSeedingLine: "The creator is paid in product; only some gifted creators post.", "以产品代替费用；并非每位收到产品的达人都会发布笔记。";
        CompProductCostLabel: "Product cost per parcel", "每份产品成本";
        CompProductCostHint: "Default ¥80 (assumption).", "默认 80 元（假设值）。";
        CompShippingLabel: "Shipping and duties per parcel", "每份国际运费与关税";
        CompShippingHint: "Default ¥120 for an international parcel (assumption).", "默认 120 元，按国际包裹估算（假设值）。";
        CompPostRateLabel: "Post rate", "发布率";
        CompPostRateHint: "Default 40% of gifted creators post (practitioner: 30–50% healthy, under 20% a problem).",
            "默认 40% 的达人收到产品后发布（从业者经验：30%–50% 为健康，低于 20% 有问题）。";
        CompSectionHybrid: "Hybrid: base fee plus bonus or commission", "混合模式：坑位费 + 奖励或佣金";
        CompHybridLine: "A guaranteed base fee (坑位费), a bonus per engagement above a threshold, and/or a commission.",
            "保底坑位费，加上超过门槛后每次互动的奖励，和/或销售佣金。";
        CompHybridBaseLabel: "Base fee, share of the flat fee", "坑位费占一口价比例";
        CompHybridBaseHint: "Default 50% (assumption).", "默认 50%（假设值）。";
        CompHybridBonusLabel: "Bonus per engagement above the threshold", "超出门槛后每次互动奖励";
        CompHybridBonusHint: "Default ¥4 (assumption).", "默认 4 元（假设值）。";
        CompThresholdLabel: "Bonus threshold (engagements)", "奖励门槛（互动数）";
        CompThresholdHint: "Default 1,000: the platform's viral line (千互).", "默认 1,000：平台的千互爆文线。";
        CompHybridCommissionLabel: "Hybrid commission on sales", "混合模式销售佣金";
        CompHybridCommissionHint: "Default 0% (assumption): set it instead of, or with, the bonus.", "默认 0%（假设值）：可代替奖励或与之同时使用。";
        CompSectionChannels: "Booking channels", "下单渠道";
        CompChannelsLine: "Platform and agency fees are charged on booked fees (flat fee, base fee, usage rights); performance pay is settled at the agreed rate with their share inside it (assumption). An MCN's share is inside its own quote. A foreign brand pays a conversion cost on every channel.",
            "平台与代理费用按固定费用（一口价、坑位费、授权费）收取；效果费用按约定单价结算，其分成已含在内（假设）。MCN 的分成已含在其报价中。海外品牌在每个渠道都要承担换汇成本。";
        CompPlatformFeeLabel: "Platform service fee (蒲公英)", "蒲公英平台服务费";
        CompPlatformFeeHint: "Default 10% (assumption: not found in public sources; practitioners say 10–20%).",
            "默认 10%（假设值：公开资料未见原文；从业者称 10%–20%）。";
        CompMcnLabel: "MCN commission", "MCN 佣金";
        CompMcnHint: "Default 50%: the AllXHS guide (\"MCNs typically charge around 50%\"), the MCN's share of what the brand pays. A quote from the MCN already holds it; on the creator's own net price the brand pays pay ÷ (1 − share). At most 99%.",
            "默认 50%：来自AllXHS 投放指南（“MCN 通常抽取约 50% 佣金”），即 MCN 在品牌所付费用中的分成。MCN 报价已含分成；若报价为达人本人净价，品牌支付 费用 ÷（1 − 分成）。最高 99%。";
        CompAgencyFeeLabel: "Agency fee (代理)", "代理服务费";
        CompAgencyFeeHint: "Default 15% (assumption).", "默认 15%（假设值）。";
        CompFxLabel: "Agency FX spread", "代理换汇点差";
        CompFxHint: "Default 2% (assumption): the agency converts your currency; paid on everything settled through it.",
            "默认 2%（假设值）：由代理为你换汇，经代理结算的全部金额均计点差。";
        CompQuoteSourceLabel: "Whose price is the quote", "报价性质";
        CompQuoteSourceMcn: "The MCN's price (its share inside)", "MCN 报价（已含分成）";
        CompQuoteSourceNet: "The creator's own net price (MCN share added)", "达人本人净价（另加 MCN 分成）";
        CompBankFxLabel: "Your bank's conversion cost to RMB", "银行换汇成本（兑人民币）";
        CompBankFxHint: "Default 1% (assumption): paid when you fund the platform's RMB account or pay an MCN in RMB. 0 if you pay from an RMB account.",
            "默认 1%（假设值）：为平台人民币账户充值或以人民币支付 MCN 时产生。若从人民币账户付款请填 0。";
        CompGiftedPerformanceLabel: "A gifted note performs at", "置换笔记效果为付费笔记的";
        CompGiftedPerformanceHint: "Default 30% of a paid, briefed note's results (assumption: gifted notes are unbriefed and posted when the creator chooses; no public source measures the gap).",
            "默认为付费、有需求简报笔记效果的 30%（假设值：置换笔记没有需求简报、发布时间由达人决定，未找到公开数据）。";
        CompGiftedUsageLabel: "Usage-rights fee on gifted posts, share of the flat fee", "置换笔记授权费占一口价比例";
        CompGiftedUsageHint: "Default 0%: gifted posts carry no usage-rights fee unless you ask for one.",
            "默认 0%：置换笔记不计授权费，除非另行约定。";
        CompSeedingLineLabel: "Seeding unrealistic from a quote of", "报价达到此值时不适合置换";
        CompSeedingLineHint: "Default ¥5,000: the lowest mid-tier quote (practitioner price lists); mid and head creators rarely post for product alone.",
            "默认 5,000 元：从业者报价表中腰部达人的最低报价；腰部与头部达人很少只为产品发布。";
        CompWarnSeeding: "A quote of {0} puts the creator in the mid tier or above (from {1}): such creators rarely post for product alone, so seeding is left out of the cheapest answer.",
            "报价 {0} 属于腰部及以上达人（{1} 起）：这类达人很少只为产品发布，置换不参与最便宜组合的比较。";
        CompWarnTurnsNegative: "{0}: profit is positive only between {1} and {2}; above that each extra result costs more than it earns.",
            "{0}：仅在 {1} 至 {2} 之间盈利；超过后每多一个效果的成本都高于其带来的毛利。";
        CompOnlyBetween: "Breaks even only between two volumes: profit turns negative again before the high estimate.",
            "只在两个量之间盈利：在乐观估计之前利润再次转负。";
        CompShortOnlyBetween: "only between", "仅区间内";
        CompCheapestTies: "Tied with {0}; a tie goes to the channel with fewer contract gaps, then to table order.",
            "与 {0} 并列；并列时优先合同风险更少的渠道，再按表中顺序。";
        CompSectionUsage: "Usage rights (optional)", "内容授权（可选）";
        CompUsageLine: "Repost, boost or repurpose the note on your own channels: a fee as a share of the flat fee, for a duration.",
            "在品牌自有渠道转发、投流或二次使用笔记：按一口价的比例收费，并约定授权期限。";
        CompUsageShareLabel: "Usage-rights fee, share of the flat fee", "授权费占一口价比例";
        CompUsageShareHint: "Default 0%: none bought (assumption; negotiate it, the AllXHS guide warns it causes disputes).",
            "默认 0%：未购买授权（假设值；AllXHS 投放指南提醒此项易起纠纷，需事先谈定）。";
        CompUsageMonthsLabel: "Usage-rights duration (months)", "授权期限（月）";
        CompUsageMonthsHint: "Default 0 (none). The checklist counts usage rights covered once fee and duration are set.",
            "默认 0（无）。填写费用与期限后，清单中的内容授权项视为已覆盖。";
        CompModelFlat: "Flat fee", "一口价";
        CompModelPerformance: "Performance", "按效果付费";
        CompModelSeeding: "Seeding", "产品置换";
        CompModelHybrid: "Hybrid", "混合模式";
        CompChannelPlatform: "Platform (蒲公英)", "平台（蒲公英）";
        CompChannelMcn: "MCN direct", "MCN 直签";
        CompChannelAgency: "Agency", "代理";
        CompCheapestLabel: "Cheapest at the expected volume", "预期效果下最便宜的组合";
        CompCheapestText: "Cheapest: {0} via {1}", "最便宜：{0}，经{1}";
        CompCheapestNote: "Lowest cost per result of the performance basis at the likely volume (a gifted note counts only the share of results it brings). Cheapest is not always best: check profit and the contract checklist.",
            "按计费依据计算、预期效果下单位效果成本最低的组合（置换笔记只计其带来的那部分效果）。最便宜不一定最好，请同时看利润和合同清单。";
        CompContributionMargin: "Contribution margin", "边际贡献率";
        CompBreakevenRoas: "Break-even ROAS", "保本 ROAS";
        CompPerfVsFlat: "Performance matches the flat fee at · {0}", "按效果付费与一口价持平 · {0}";
        CompHybridVsFlat: "Hybrid reaches the flat fee from · {0}", "混合模式从此起不低于一口价 · {0}";
        CompUndefinedNoResults: "No result of this kind is expected.", "预期效果为零。";
        CompUndefinedNoMargin: "Never breaks even: no margin is left after returns.", "永远无法回本：扣除退货后没有利润空间。";
        CompNeverBreaksEven: "Never breaks even: every extra result costs more than it earns.", "永远无法回本：每多一个效果的成本都高于其带来的毛利。";
        CompNeverCrosses: "The two costs never meet.", "两种方式的费用永不相等。";
        CompShortNoResults: "none expected", "预期为零";
        CompShortNever: "never breaks even", "永远无法回本";
        CompShortNeverMeet: "never meet", "永不相等";
        CompWarningsLabel: "Warnings", "提示";
        CompTiesLabel: "Tied combinations", "并列组合";
        CompNoTies: "No other combination ties.", "没有并列的组合。";
        CompStaysProfitable: "Profit stays at or above zero up to the high estimate.", "直到乐观估计，利润都不低于零。";
        CompWarningsCount: "{0}", "{0}";
        CompWarnCommission: "A commission costing {0} of each unit sold (on kept units, with channel markup and conversion) is at or above the contribution margin of {1}: every sale loses money.",
            "佣金折合每件成交的 {0}（按未退货件数计，含渠道加价与换汇）不低于边际贡献率 {1}：每卖出一件都在亏钱。";
        CompWarnNoMargin: "No margin is left after returns: no pay model ever breaks even.", "扣除退货后没有利润空间：任何合作方式都无法回本。";
        CompWarnThreshold: "The bonus threshold ({0}) is at or above the high estimate of engagements ({1}): the bonus will not be paid.",
            "奖励门槛（{0}）不低于乐观互动估计（{1}）：奖励不会触发。";
        CompTableCaption: "Every pay model through every channel, at the likely volume", "各合作方式 × 各渠道（按预期效果）";
        CompColCombination: "Pay model · channel", "合作方式 · 渠道";
        CompColTotal: "Total", "总费用";
        CompCreatorPay: "Creator's pay", "达人费用";
        CompFees: "Fees", "渠道费用";
        CompFx: "Conversion", "换汇成本";
        CompProduct: "Products", "产品与运费";
        CompColCpe: "Per engagement", "单次互动成本";
        CompColCpr: "Per read", "单次阅读成本";
        CompColCpc: "Per click", "单次点击成本";
        CompColCps: "Per sale", "单件成交成本";
        CompColProfit: "Brand profit", "品牌利润";
        CompColPays: "Pays for itself from", "回本所需量";
        CompColPaysUntil: "Profit negative again from", "利润再次转负的量";
        CompChartCostTitle: "Cost against volume via {0}", "费用随效果变化（经{0}）";
        CompChartCostAxis: "Cost (CNY)", "费用（元）";
        CompChartRange: "Expected low–high", "预期区间";
        CompChartCrossover: "Crossover", "交叉点";
        CompChartCostSummary: "Cost of {0} against {1}; {2} crossovers marked; the expected range is shaded.",
            "{0} 的费用随{1}变化；标出 {2} 个交叉点，阴影为预期区间。";
        CompChartSplitTitle: "Cost split per channel: {0}", "各渠道费用构成：{0}";
        CompChecklistTitle: "Contract checklist (from the AllXHS guide)", "合同要点清单（来自AllXHS 投放指南）";
        CompItem: "Item", "要点";
        CompItemDisclosure: "Sponsored-content disclosure", "广告内容标注（报备）";
        CompItemUsage: "Usage rights (repost, boost, repurpose)", "内容授权（转发、投流、二次使用）";
        CompItemReassignment: "No creator swap without refund", "不得无退款更换达人";
        CompItemHold: "Payment held until delivery", "交付前款项托管";
        CompItemCurrency: "Pay in your own currency", "可用本币支付";
        CompCovered: "✓ Covered", "✓ 已覆盖";
        CompNegotiate: "Negotiate", "需谈判写入";
        CompGap: "✗ Gap", "✗ 风险";
        CompNotePlatform: "Platform (蒲公英): payment held by the platform until the note is delivered; RMB only; needs a registered agency account.",
            "平台（蒲公英）：款项由平台托管至笔记交付；仅限人民币；需注册的代理账号。";
        CompNoteMcn: "MCN direct: contract in Chinese under PRC law, paid in RMB; the MCN may reassign another creator without refund.",
            "MCN 直签：中文合同、适用中国法律、人民币支付；MCN 可能更换达人且不退款。";
        CompNoteAgency: "Agency (代理): contract in English, payment in many currencies; the most accessible route without a Chinese entity.",
            "代理：英文合同、支持多币种付款；没有中国主体的品牌最容易使用的方式。";
        CompFormulaCost: "For each pay model and channel: creator's pay = booked fee + usage rights + performance pay (gifted posts: usage rights only when a gifted usage fee is set); fees = platform or agency fee × (booked fee + usage rights), or through an MCN on a net quote, share ÷ (1 − share) × creator's pay (0 when the quote is the MCN's); conversion = (creator's pay + fees) × the agency's spread, or × your bank's cost on the platform and MCN; total = creator's pay + fees + conversion + products.",
            "每种合作方式与渠道：达人费用 = 固定费用 + 授权费 + 效果费用（置换笔记仅在填写置换授权费时计授权费）；渠道费用 = 平台或代理费率 ×（固定费用 + 授权费），MCN 渠道在报价为达人净价时为 分成 ÷（1 − 分成）× 达人费用（报价来自 MCN 时为 0）；换汇成本 =（达人费用 + 渠道费用）× 代理点差，平台与 MCN 渠道则 × 银行换汇成本；总费用 = 达人费用 + 渠道费用 + 换汇成本 + 产品成本。";
        CompFormulaPerformance: "Performance pay = rate × engagements or clicks, or commission × price × units kept (纯佣; returned units earn no commission: platforms settle it after the return window).",
            "效果费用 = 单价 × 互动或点击数，或 佣金率 × 售价 × 未退货件数（纯佣；退货订单不结佣，平台在退货期后结算）。";
        CompFormulaSeeding: "Seeding (置换) products = (product cost + shipping and duties) ÷ post rate per posted note; a gifted note brings gifted performance × the expected results. From the seeding line's quote creators rarely post for product alone: seeding is flagged and left out of the cheapest answer.",
            "产品置换成本 =（产品成本 + 运费与关税）÷ 发布率，即每篇发布笔记的成本；置换笔记的效果 = 置换效果比例 × 预期效果。报价达到置换上限的达人很少只为产品发布，此时提示并不参与最便宜组合的比较。";
        CompFormulaHybrid: "Hybrid = base share × flat fee (坑位费) + bonus × engagements above the threshold + commission × price × units kept.",
            "混合模式 = 坑位费比例 × 一口价 + 奖励 × 超出门槛的互动数 + 佣金率 × 售价 × 未退货件数。";
        CompFormulaPerResult: "Cost per engagement, read, click and sale = total ÷ the likely count it brings (for seeding, gifted performance × the likely count).",
            "单次互动、阅读、点击、成交成本 = 总费用 ÷ 其带来的预期数量（置换为 置换效果比例 × 预期数量）。";
        CompFormulaMargin: "Contribution margin = gross margin × (1 − return rate); break-even ROAS = 1 ÷ contribution margin; brand profit = contribution margin × price × units sold − total.",
            "边际贡献率 = 毛利率 ×（1 − 退货率）；保本 ROAS = 1 ÷ 边际贡献率；品牌利润 = 边际贡献率 × 售价 × 成交件数 − 总费用。";
        CompFormulaPerfVsFlat: "Performance costs the same as the flat fee F at Q* = F × (1 + fee on booked fees) ÷ (rate × (1 + markup on performance pay)); for commission the rate is commission × price × (1 − return rate).",
            "按效果付费与一口价 F 持平的量 Q* = F ×（1 + 固定费用费率）÷（单价 ×（1 + 效果费用加价））；佣金模式下单价 = 佣金率 × 售价 ×（1 − 退货率）。";
        CompFormulaPays: "Other results scale with the basis volume in their expected proportion. Hybrid costs the flat fee from the volume where the lines meet. Each model pays for itself from the volume from which contribution margin × price × units covers its cost and keeps covering it up to the high estimate; when profit turns negative again before the high estimate it breaks even only between two volumes, shown instead; otherwise it never breaks even.",
            "其他效果按预期比例随计费量同比变化。混合模式在两条线相交处开始不低于一口价。各方式从某一量起，边际贡献 × 售价 × 成交件数覆盖其费用并持续覆盖到乐观估计，此量即回本点；若在乐观估计之前利润再次转负，则只在两个量之间盈利，并显示该区间；否则永远无法回本。";
        CompFormulaCheapest: "The combination with the lowest cost per result of the basis at the likely volume (lowest total when none is expected), seeding left out when unrealistic for the creator's tier. Costs within a millionth tie; a tie goes to the channel with fewer contract gaps (✗), then to table order, and the others tied are named.",
            "按计费依据、预期效果下单位效果成本最低的组合（预期为零时比较总费用）；达人层级不适合置换时不计置换。相差百万分之一以内视为并列：优先合同风险（✗）更少的渠道，再按表中顺序，并列出其余并列组合。";
        CompSourceBrief: "From AllXHS's guide “Cross-Border KOL Marketing: A Practical Guide to Working With Chinese Creators From Abroad”: MCN commission about 50%; platform programs hold payment until delivery, are RMB only and need a registered agency account; MCN contracts are in Chinese under PRC law and may reassign creators without refund; agencies contract in English and take many currencies.",
            "来自 AllXHS《跨境 KOL 营销实用指南》：MCN 佣金约 50%；平台合作款项托管至交付、仅限人民币、需注册代理账号；MCN 合同为中文、适用中国法律，可能更换达人且不退款；代理可用英文签约、支持多币种。";
        CompSourcePlatformFee: "Platform service fee 10%: assumption (practitioners say 10–20%; 10% was not found verbatim).",
            "平台服务费 10%：假设值（从业者称 10%–20%，未找到 10% 的原文出处）。";
        CompSourceQuote: "Quote ¥12,000 per mid-tier image note and video ×1.4: practitioner price lists (ijunjun.com, 80tg.com).", "腰部图文报价 12,000 元、视频系数 1.4：从业者报价表（ijunjun.com、80tg.com）。";
        CompSourceSeeding: "Post rate 40%: practitioner (30–50% healthy). Seeding line ¥5,000: the lowest mid-tier quote in practitioners' price lists (mid and head creators rarely post for product alone). Gifted performance 30%: assumption (gifted notes are unbriefed; no public source measures the gap).",
            "发布率 40%：从业者经验（30%–50% 为健康）。置换上限 5,000 元：从业者报价表中腰部达人的最低报价（腰部与头部达人很少只为产品发布）。置换效果比例 30%：假设值（置换笔记没有需求简报，未找到公开数据）。";
        CompSourceCommission: "Commission 20%: practitioner range 10–40%; bonus threshold 1,000 engagements: the platform's 千互 line.",
            "佣金 20%：从业者区间 10%–40%；奖励门槛 1,000 互动：平台千互爆文线。";
        CompSourceAssumptions: "Agency fee 15%, FX spread 2%, bank conversion 1%, hybrid base 50%, bonus ¥4, price, margin, returns, product and shipping costs and the expected results: assumptions to replace with your own.",
            "代理费 15%、换汇点差 2%、银行换汇成本 1%、坑位费比例 50%、奖励 4 元，以及售价、毛利、退货率、产品与运费和预期效果：均为假设值，请替换为实际数据。";
        // Answer first, part two: one money format, expected counts, money
        // fields that read currency signs
        CompVolumeEngagements: "{0} engagements", "{0} 次互动";
        CompVolumeClicks: "{0} clicks", "{0} 次点击";
        CompVolumeSales: "{0} units sold", "{0} 件";
    }
    // The budget mix (the shortlist shows its budget fields too)
    budget_mix: any(not(feature = "ui"), feature = "budget-mix-page", feature = "shortlist-page", feature = "compare-page") {
        // Budget mix
        MixQuestion: "How should the budget be split across creator tiers, and what will it buy? Seed KOCs first, then vertical KOL reviews, optionally a Head KOL; Feed and Search ads amplify.",
            "预算该如何在各层级达人之间分配，能买到什么？先做素人种草，再找腰部垂类 KOL 深度测评，必要时用头部 KOL 引爆；信息流和搜索广告放大声量。";
        MixSectionBudget: "Budget and KFS+C split", "预算与 KFS+C 分配";
        MixSectionTiers: "Creator tiers", "达人层级";
        MixTiersHint: "Quotes per image note in CNY (defaults: practitioner price lists; seeding: product plus shipping per creator, no fee); rates are like+save+comment per note over followers; fake share 30% below 500K followers (the AllXHS guide), 15% for head (practitioners). Count is the manual mix.",
            "每篇图文报价（人民币，默认值来自业内报价；种草素人为每人产品+运费，无服务费）；互动率 = 每篇笔记赞藏评 ÷ 粉丝；假粉占比 500K 粉以下按 30%（需求文档），头部按 15%（业内经验）。人数为手动方案。";
        MixReachHint: "Reach × = impressions per note ÷ authentic followers (followers × (1 − fake share)): Xiaohongshu shows notes in the discovery feed and in search, not to followers alone. Assumption: no per-tier figure is published; practitioners see notes reach several times the followers for small creators and a fraction for large ones, hence 0.5 head, 1 mid, 2 tail, 3 KOC and seeding. With the creators' own average impressions per note, type that average ÷ authentic followers instead.",
            "曝光倍数 = 每篇笔记曝光 ÷ 真实粉丝（粉丝数 ×（1 − 假粉占比））：小红书通过发现页和搜索分发笔记，不只推给粉丝。假设值：没有公开的分层数据；从业者经验是小达人的笔记曝光常为粉丝数的数倍，大达人只有几分之一，因此头部 0.5、腰部 1、尾部 2、素人与种草 3。若有达人自己的平均曝光，请改填 平均曝光 ÷ 真实粉丝。";
        MixSectionFormat: "Note format and fees", "笔记形式与费用";
        MixSectionRules: "Layer rules and objective", "分层规则与优化目标";
        MixSectionBand: "Uncertainty band", "不确定区间";
        MixPresetsLabel: "Presets (ordinary links):", "预设方案（普通链接）：";
        MixPresetKoc: "New brand, KOC-heavy", "新品牌：素人 KOC 为主";
        MixPresetReach: "Established brand, reach", "成熟品牌：追求曝光";
        MixPresetHead: "Launch with a Head KOL", "头部 KOL 引爆新品";
        MixBudget: "Total budget ({0})", "总预算（{0}）";
        MixBudgetHint: "Typed in the display currency; creator quotes are in CNY.", "按显示币种输入；达人报价为人民币。";
        MixVideoShare: "Video notes", "视频笔记占比";
        MixVideoMultiplier: "Video price multiplier", "视频报价倍数";
        MixVideoHint: "Video quotes run 30–50% above image notes (four practitioner sources).", "视频报价通常比图文高 30–50%（四个业内来源）。";
        MixPlatformFee: "Platform service fee (Pugongying)", "蒲公英平台服务费";
        MixPlatformFeeHint: "Assumption: sources say 10–20%; 10% was not found verbatim.", "假设值：来源称 10–20%，未找到 10% 的原文。";
        MixPostRate: "Seeding post rate", "种草发布率";
        MixPostRateHint: "Share of gifted creators who post; 30–50% is healthy (seedingops).", "收到产品后实际发布笔记的比例；30–50% 属健康水平（seedingops）。";
        MixFeedShare: "Feed ads share of budget", "信息流广告预算占比";
        MixFeedCpm: "Feed ads CPM (CNY)", "信息流 CPM（元）";
        MixFeedCpmHint: "聚光 feeds CPM ¥15–50 (ijunjun).", "聚光信息流 CPM 约 15–50 元（ijunjun）。";
        MixSearchShare: "Search ads share of budget", "搜索广告预算占比";
        MixSearchCpc: "Search ads CPC (CNY)", "搜索 CPC（元）";
        MixSearchCpcHint: "Search ads CPC ¥2–8 (ijunjun).", "搜索广告 CPC 约 2–8 元（ijunjun）。";
        MixOwnedNotes: "Owned brand notes (Community)", "品牌自有笔记（C）";
        MixMinSeeding: "Minimum seeding KOCs", "种草素人最少人数";
        MixMinReviews: "Minimum vertical KOL reviews", "腰部垂类测评最少篇数";
        MixHeadCap: "Head KOL cap", "头部 KOL 上限";
        MixMaxShare: "Maximum share of creator budget per tier", "单一层级占达人预算上限";
        MixSeed: "Random seed", "随机种子";
        MixSeedHint: "Part of the link: a shared link shows the same band.", "写入链接：分享的链接显示相同区间。";
        MixFakeSpread: "Fake share varies by ±", "假粉占比浮动 ±";
        MixObjective: "Optimise for", "优化目标";
        MixObjectiveEngagements: "Authentic engagements", "真实互动量";
        MixObjectiveReach: "Reach (impressions)", "曝光量";
        MixObjectiveNotes: "Number of notes (social proof)", "笔记数量（口碑铺量）";
        MixTierHead: "Head KOL (头部) 500K+", "头部 KOL 50万+";
        MixTierMid: "Mid KOL (腰部) 50K–500K", "腰部 KOL 5–50万";
        MixTierTail: "Tail KOL (尾部) 10K–50K", "尾部 KOL 1–5万";
        MixTierKoc: "KOC (素人) <10K, paid", "素人 KOC 1万以下";
        MixTierSeeding: "Seeding KOC (种草)", "种草素人";
        MixColPrice: "Quote ¥", "报价 ¥";
        MixColFollowers: "Followers", "粉丝数";
        MixColRateLow: "Rate low %", "互动率 低 %";
        MixColRate: "Rate likely %", "互动率 中 %";
        MixColRateHigh: "Rate high %", "互动率 高 %";
        MixColFake: "Fake %", "假粉 %";
        MixColCount: "Count or % of budget", "人数或预算占比 %";
        MixColReach: "Reach ×", "曝光倍数 ×";
        MixTier: "Tier", "层级";
        MixManual: "Manual mix", "手动方案";
        MixOptimised: "Optimised mix", "优化方案";
        MixDifference: "Difference", "差值";
        MixTotal: "Total", "合计";
        MixCreators: "Creators", "达人数";
        MixNotes: "Notes", "笔记数";
        MixCost: "Cost incl. fees", "含费用成本";
        MixImpressions: "Impressions", "曝光量";
        MixEngagements: "Engagements", "互动量";
        MixAuthentic: "Authentic engagements", "真实互动量";
        MixCpe: "CPE", "CPE（单次互动成本）";
        MixCpm: "CPM", "CPM（千次曝光成本）";
        MixUnspent: "Unspent creator budget", "达人预算结余";
        MixCreatorBudget: "Creator budget (K)", "达人预算（K）";
        MixFeedBudget: "Feed ads budget (F, 信息流)", "信息流广告预算（F）";
        MixFeedImpressions: "Feed impressions bought", "信息流购买曝光";
        MixSearchBudget: "Search ads budget (S, 搜索)", "搜索广告预算（S）";
        MixSearchClicks: "Search clicks bought", "搜索购买点击";
        MixCampaign: "Whole campaign", "整体投放";
        MixCampaignTitle: "Whole campaign: creators + Feed + Search", "整体投放：达人 + 信息流 + 搜索";
        MixCampaignCost: "Spend: creators + Feed + Search", "花费：达人 + 信息流 + 搜索";
        MixCampaignImpressions: "Impressions: creator notes + Feed", "曝光：达人笔记 + 信息流";
        MixCampaignCpm: "CPM: creators + Feed", "CPM：达人 + 信息流";
        MixCampaignClicks: "Search clicks", "搜索点击";
        MixCampaignHint: "Feed impressions add to the creators' impressions, and the CPM over both compares with the Feed ads' CPM. Search ads buy clicks, which add to no other figure: they are listed on their own, and their budget is in the spend but not in the CPM.",
            "信息流曝光与达人笔记曝光相加，二者合计的 CPM 可与信息流广告 CPM 对比。搜索广告买的是点击，不能与其他数字相加：单独列出，其预算计入花费，不计入 CPM。";
        MixBandAuthentic: "Authentic engagements {0}", "真实互动量 {0}";
        MixBandCpe: "CPE {0}", "单次互动成本 CPE {0}";
        MixBandMean: "Expected authentic engagements (mean rates)", "预期真实互动（平均互动率）";
        MixBandWhy: "The totals above use each tier's likely rate. The band draws each rate between low and high, and where high is further above likely than low is below it (2%, 4%, 7%), the average rate, (low + likely + high) ÷ 3, is above the likely one: the expected total and P50 sit above the likely-rate total.",
            "上方合计按各层级的预期互动率计算。区间在保守与乐观之间抽取互动率；当乐观值高出预期值的幅度大于保守值低于预期值的幅度时（如 2%、4%、7%），平均互动率（保守 + 预期 + 乐观）÷ 3 高于预期值，因此预期合计与 P50 高于按预期互动率计算的合计。";
        MixFormulaCost: "Cost per creator = quote × (1 + video share × (video multiplier − 1)) × (1 + platform fee), rounded to the fen; seeding: product and shipping per creator, no fee. A tier's cost = creators × cost per creator.",
            "每位达人成本 = 报价 ×（1 + 视频占比 ×（视频系数 − 1））×（1 + 平台服务费），四舍五入到分；种草素人为每人产品与运费，不收服务费。层级成本 = 达人数 × 每位成本。";
        MixFormulaReach: "Notes = creators × post rate (1 for paid tiers); impressions = notes × followers × (1 − fake share) × reach factor, as notes reach beyond followers through the discovery feed and search. Fake followers still discount reach: the feed widens a note's distribution on real users' responses, and bought followers neither see notes nor respond, so a padded account reaches like a genuine one of its authentic size (a factor of 1 is the earlier rule, authentic followers only). Engagements = notes × followers × likely rate (rates per note over followers already count the feed's readers, so the reach factor changes neither them nor the band); authentic = engagements × (1 − fake share). Totals add owned notes to the notes.",
            "笔记数 = 达人数 × 发布率（付费层级为 1）；曝光 = 笔记数 × 粉丝数 ×（1 − 假粉占比）× 曝光倍数，因为笔记通过发现页和搜索触达粉丝以外的用户。假粉仍会压低曝光：平台按真实用户的反馈扩大分发，买来的粉丝既看不到笔记也不会互动，所以注水账号的曝光与同等真实粉丝数的账号相当（曝光倍数为 1 即原规则：只触达真实粉丝）。互动 = 笔记数 × 粉丝数 × 预期互动率（互动率按每篇笔记 ÷ 粉丝计算，已包含信息流带来的读者，因此曝光倍数不影响互动与区间）；真实互动 = 互动 ×（1 − 假粉占比）。合计笔记数包含品牌自有笔记。";
        MixFormulaPer: "Cost per authentic engagement = cost ÷ authentic engagements; CPM = cost ÷ impressions × 1,000.",
            "单次真实互动成本 = 成本 ÷ 真实互动；CPM = 成本 ÷ 曝光 × 1,000。";
        MixFormulaPillars: "Creator budget = budget × (1 − Feed share − Search share), never below zero; Feed impressions = Feed budget ÷ CPM × 1,000; Search clicks = Search budget ÷ CPC; unspent = creator budget − creator cost (negative: overspent).",
            "达人预算 = 总预算 ×（1 − 信息流占比 − 搜索占比），不低于零；信息流曝光 = 信息流预算 ÷ CPM × 1,000；搜索点击 = 搜索预算 ÷ CPC；未用预算 = 达人预算 − 达人成本（负数为超支）。";
        MixFormulaCampaign: "Whole campaign: impressions = creators' impressions + Feed impressions; CPM = (creator cost + Feed budget) ÷ those impressions × 1,000, comparable with the Feed CPM; spend = creator cost + Feed budget + Search budget; Search clicks as bought (clicks are not impressions, so Search is in the spend but not in the CPM).",
            "整体投放：曝光 = 达人曝光 + 信息流曝光；CPM =（达人成本 + 信息流预算）÷ 该曝光 × 1,000，可与信息流 CPM 对比；花费 = 达人成本 + 信息流预算 + 搜索预算；搜索点击按购买量列出（点击不是曝光，因此搜索计入花费、不计入 CPM）。";
        MixFormulaOptimiser: "The optimised mix maximises the objective over whole creator counts within the creator budget, the minimum seeding KOCs and mid reviews, the head cap and the largest share per tier (branch and bound, exact unless the status says otherwise).",
            "最优组合在达人预算、最少种草素人与腰部测评数、头部上限和单层级最大占比的约束下，按整数达人数使目标最大（分支定界，除非状态另有说明均为精确最优）。";
        MixFormulaBand: "The band draws, 10,000 times with the seed, one rate per tier (triangular on low, likely, high) and one fake share (uniform within ± the spread) and gives P10, P50 and P90 of the total authentic engagements (nearest rank); the expected total uses the mean rate (low + likely + high) ÷ 3. CPE's P10 is cost ÷ P90.",
            "区间以种子抽取 10,000 次：每个层级抽一个互动率（保守、预期、乐观的三角分布）和一个假粉占比（在 ± 波动内均匀分布），给出真实互动合计的 P10、P50、P90（最近秩）；预期合计按平均互动率（保守 + 预期 + 乐观）÷ 3 计算。互动成本的 P10 = 成本 ÷ P90。";
        MixSourceQuotes: "Quotes ¥50,000 / ¥12,000 / ¥2,500 / ¥500 per image note and video ×1.4: practitioner price lists (ijunjun.com); fake share 30% below 500K followers: the AllXHS guide; 15% for head: practitioners; seeding post rate 40%: practitioner (30–50% healthy).",
            "图文报价 50,000 / 12,000 / 2,500 / 500 元、视频系数 1.4：从业者报价表（ijunjun.com）；50 万粉以下假粉占比 30%：AllXHS 投放指南；头部 15%：从业者；种草发布率 40%：从业者（30%–50% 为健康）。";
        MixSourceAds: "Feed CPM ¥30 (practitioner price list, ijunjun.com: ¥15–50) and Search CPC ¥4 (same: ¥2–8); platform fee 10%: assumption (sources say 10–20%).",
            "信息流 CPM 30 元（从业者报价表 ijunjun.com：15–50 元）、搜索 CPC 4 元（同上：2–8 元）；平台服务费 10%：假设值（来源称 10%–20%）。";
        MixSourceReach: "Reach factors 0.5 / 1 / 2 / 3 / 3 (head, mid, tail, KOC, seeding; impressions per note over authentic followers): assumption from practitioners, who see notes reach several times the followers for small creators and a fraction for large ones; no per-tier figure is published. At the default quotes they put every tier's content CPM at ¥88–181, inside the practitioners' range (above ¥80 for beauty creators with 10K+ followers; up to ¥250 scores good).",
            "曝光倍数 0.5 / 1 / 2 / 3 / 3（头部、腰部、尾部、素人、种草；每篇曝光 ÷ 真实粉丝）：依据从业者经验的假设值（小达人笔记曝光常为粉丝的数倍，大达人为几分之一；没有公开的分层数据）。按默认报价，各层级内容 CPM 为 88–181 元，处于从业者区间内（美妆万粉达人 CPM 80 元以上，250 元以内为良好）。";
        MixSourceAssumptions: "Followers and engagement rates per tier, the Feed and Search shares, owned notes, layer rules and the fake-share spread: assumptions to replace with your own.",
            "各层级粉丝数与互动率、信息流与搜索占比、自有笔记、分层规则与假粉波动：均为假设值，请替换为实际数据。";
        MixBandNote: "{0} draws over low/likely/high rates and fake shares, seed {1}, for the optimised mix (the manual mix when none).",
            "对互动率（低/中/高）与假粉占比抽样 {0} 次，随机种子 {1}，针对优化方案（无优化方案时用手动方案）。";
        MixNoEngagements: "No authentic engagements in this mix.", "该方案没有真实互动。";
        MixNoImpressions: "No authentic impressions in this mix.", "该方案没有真实曝光。";
        MixNoPlan: "No mix can respect every rule: see the optimiser's status.", "无法满足所有规则：见优化器状态。";
        MixConflictTitle: "No mix can respect every rule:", "无法满足所有规则：";
        MixConflictAds: "Feed ads share + Search ads share = {0}: nothing is left for creators. Lower one of them.",
            "信息流广告占比 + 搜索广告占比 = {0}，达人预算为零。请调低其中之一。";
        MixConflictBudget: "Creator budget {0} is below the cheapest creator ({1}, {2} each). Raise the total budget or lower the Feed/Search shares.",
            "达人预算 {0} 低于最便宜的达人（{1}，每位 {2}）。请提高总预算或降低信息流/搜索占比。";
        MixConflictCap: "The minimum of {0} for {1} is above the {2} that the head cap or the maximum share per tier allows.",
            "{1} 最少 {0} 位，超过头部上限或单层级占比上限允许的 {2} 位。";
        MixConflictMinimums: "Minimum seeding KOCs and minimum vertical KOL reviews cost {0}, more than the creator budget {1}.",
            "种草素人最少人数与腰部测评最少篇数合计需 {0}，超过达人预算 {1}。";
        MixBrokenOverBudget: "Manual mix spends more than the creator budget.", "手动方案超出达人预算。";
        MixBrokenSeeding: "Manual mix has fewer seeding KOCs than the minimum.", "手动方案种草素人少于最少人数。";
        MixBrokenReviews: "Manual mix has fewer vertical KOL reviews than the minimum.", "手动方案腰部测评少于最少篇数。";
        MixBrokenHeads: "Manual mix has more Head KOLs than the cap.", "手动方案头部 KOL 超过上限。";
        MixBrokenShare: "Manual mix puts more than the maximum share into {0}.", "手动方案在{0}上的花费超过单层级占比上限。";
        MixChartAllocation: "Budget by tier and KFS+C pillar", "按层级与 KFS+C 的预算分配";
        MixChartEngagements: "Expected authentic engagements by tier", "各层级预期真实互动量";
        MixChartBand: "Total authentic engagements, 10,000 draws", "真实互动总量分布（10,000 次抽样）";
        MixChartMoney: "CNY", "人民币";
        MixChartDraws: "Draws", "抽样次数";
        MixChartFeed: "Feed", "信息流";
        MixChartSearch: "Search", "搜索";
        MixChartUnspent: "Unspent", "结余";
        MixChartEmpty: "Nothing to draw", "暂无数据";
        MixChartShortHead: "Head", "头部";
        MixChartShortMid: "Mid", "腰部";
        MixChartShortTail: "Tail", "尾部";
        MixChartShortKoc: "KOC", "素人";
        MixChartShortSeeding: "Seeding", "种草";
        MixChartSummary: "{0}: manual {1}, optimised {2}.", "{0}：手动 {1}，优化 {2}。";
        MixStatus: "Optimiser", "优化器";
        MixProven: "Proven optimal in whole creators.", "已证明为整数人数下的最优方案。";
        MixNotProven: "Best mix found, not proven optimal: tiers give nearly the same value per yuan. No mix beats it by more than {0}.",
            "找到的最佳方案，未证明最优：各层级每元价值几乎相同。任何方案最多比它高 {0}。";
        MixPerTier: "Per tier: {0}", "分层明细：{0}";
        MixBandSummary: "P10 {0}, P50 {1}, P90 {2} authentic engagements.", "真实互动量 P10 {0}，P50 {1}，P90 {2}。";
        // Answer first, part two: one money format, expected counts, money
        // fields that read currency signs
        MixNotesExpected: "Notes (expected)", "预计笔记数";
    }
    // The campaign timeline
    timeline: any(not(feature = "ui"), feature = "timeline-page", feature = "compare-page") {
        // Timeline
        TlFestNewYear: "New Year's Day", "元旦";
        TlFestSpring: "Spring Festival", "春节";
        TlFestQingming: "Qingming", "清明";
        TlFestLabour: "Labour Day", "劳动节";
        TlFestDragonBoat: "Dragon Boat Festival", "端午";
        TlFestMidAutumn: "Mid-Autumn Festival", "中秋";
        TlFestNational: "National Day", "国庆";
        TlFestVictory: "Victory Day", "抗战胜利纪念日";
        TlPeakWomensDay: "Women's Day (3.8)", "三八女王节";
        TlPeak618: "618 mid-year sale", "618 年中大促";
        TlPeakDouble11: "Double 11", "双11";
        TlPeakDouble12: "Double 12", "双12";
        TlPeakShortWomensDay: "3.8", "3.8节";
        TlPeakShort618: "618", "618大促";
        TlPeakShortDouble11: "11.11", "双11";
        TlPeakShortDouble12: "12.12", "双12";
        TlStepSelection: "Creator selection", "达人筛选";
        TlStepBriefing: "Briefing and scheduling", "需求简报与排期确认";
        TlStepDraft: "Mood board / draft review", "脚本/初稿审核";
        TlStepFinal: "Final preview and approval", "终稿确认";
        TlStepPlatform: "Platform review", "平台审核";
        TlStepPublication: "Publication", "发布";
        TlWaveSeeding: "Seeding KOCs", "素人种草";
        TlWaveVertical: "Vertical KOLs", "垂类 KOL";
        TlWaveHead: "Head KOL", "头部 KOL";
        TlStageRevisions: "Revision rounds", "修改轮次";
        TlFirstLive: "first note live", "首篇笔记发布";
        TlLastLive: "last note live", "最后一篇笔记发布";
        TlP50: "Last note live, P50", "最后一篇发布 P50";
        TlP80: "Last note live, P80", "最后一篇发布 P80";
        TlP95: "Last note live, P95", "最后一篇发布 P95";
        TlCsvMilestone: "Milestone", "节点";
        TlCsvStart: "Start", "开始";
        TlCsvEnd: "End", "结束";
        TlCsvDays: "Days", "天数";
        TlQuestion: "When will the notes go live, and when must we start to hit a launch date? Steps from the AllXHS guide, review rounds, waves of creators, China's public holidays and your time zone.",
            "笔记什么时候能发布？要赶上上线日期最晚何时启动？按AllXHS 投放指南的步骤，计入修改轮次、分批达人、中国法定节假日和时差。";
        TlSectionPlan: "Plan", "计划";
        TlDirection: "Schedule", "排期方式";
        TlForward: "Forward from a start date", "从开始日期往后排";
        TlBackward: "Back from a target go-live date", "从目标发布日期倒推";
        TlStart: "Start of creator selection", "达人筛选开始日期";
        TlStartHint: "Type a date such as 2026-03-02. Today is {0}.", "按 2026-03-02 的格式填写。今天是 {0}。";
        TlTarget: "Last note live by", "最后一篇笔记最晚发布日期";
        TlTargetHint: "The day every note must be live. Today is {0}.", "所有笔记都须在这一天前发布。今天是 {0}。";
        TlSectionSteps: "Steps per creator", "每位达人的合作步骤";
        TlStepsHint: "Days from the AllXHS guide (selection 3–5, briefing 2, draft review 3, final approval 2–7, publication 1); platform review of sponsored notes 1–2 working days (practitioner). Likely values are assumptions; change any of them.",
            "天数来自AllXHS 投放指南（筛选 3–5 天、简报 2 天、初稿审核 3 天、终稿确认 2–7 天、发布 1 天）；报备笔记平台审核 1–2 个工作日（从业者经验）。最可能值为假设，均可修改。";
        TlStep: "Step", "步骤";
        TlMin: "Min days", "最少天数";
        TlLikely: "Likely days", "最可能天数";
        TlMax: "Max days", "最多天数";
        TlCounting: "Counted in", "计算方式";
        TlWorkingDays: "working days", "工作日";
        TlCalendarDays: "calendar days", "自然日";
        TlSectionRounds: "Review rounds", "修改轮次";
        TlRounds: "Revision rounds expected", "预计修改轮次";
        TlRoundsHint: "0 to 3: after 3 rejections the platform lets the creator publish. 1 is an assumption.", "0–3 轮：驳回 3 次后平台允许达人直接发布。默认 1 轮为假设值。";
        TlRoundCreator: "Creator revises", "达人修改";
        TlRoundBrand: "Brand reviews", "品牌审核";
        TlPerRound: "Per round (working days)", "每轮（工作日）";
        TlRulesTitle: "The platform's rules for sponsored notes", "蒲公英报备笔记规则";
        TlRule72h: "The brand has 72 clock hours to approve or reject a submitted note; weekends and holidays do not stop the clock.", "品牌需在 72 小时内确认或驳回达人提交的笔记；周末和节假日照常计时。";
        TlRuleRejections: "At most 3 rejections; after 72 hours or a third rejection the note may publish by default.", "最多驳回 3 次；超过 72 小时或驳回 3 次后，笔记可默认发布。";
        TlRulePlatform: "Each submission, the first and every revision, is reviewed by the platform first (safety, then content, about 1–2 working days), then by the brand.", "每次提交（首次及每次修改后）都先经平台审核（安全审核、内容审核，约 1–2 个工作日），再到客户审核。";
        TlRuleVideo: "Video notes cannot be edited after publishing: if you will boost them with ads, pass the ad review first.", "视频笔记发布后无法编辑：如需投流，请先通过广告审核。";
        TlSectionWaves: "Waves of creators", "分批投放";
        TlWavesHint: "In the layered order: seeding KOCs first, then vertical KOL reviews, then an optional Head KOL. The brand reviews a group at a time; a wave's notes go live no sooner than the gap after the previous wave's last note. Counts and gaps are assumptions.",
            "按层级顺序：先素人种草，再垂类 KOL 测评，可选头部 KOL 引爆。品牌一次审核一组达人；每批笔记在上一批最后一篇发布并间隔设定天数后才发布。人数与间隔为假设值。";
        TlWave: "Wave", "批次";
        TlWaveCreators: "Creators", "达人数";
        TlWaveParallel: "Reviewed at once", "同时审核人数";
        TlWaveGap: "Days after previous wave", "距上一批天数";
        TlSectionCalendar: "Calendar and time zone", "日历与时差";
        TlUtcOffset: "Your offset from UTC", "您所在时区（UTC 偏移）";
        TlUtcOffsetHint: "China is UTC+8. Paris in winter +1 (assumption), New York −5, Sydney +11. Offices open 9:00–18:00 on both sides (assumption); each hand-over waits for the hours they don't overlap.",
            "中国为 UTC+8。冬季巴黎 +1（默认假设）、纽约 −5、悉尼 +11。假设双方办公时间均为 9:00–18:00；每次交接需等待双方不重叠的小时数。";
        TlSeed: "Simulation seed", "模拟随机种子";
        TlSeedHint: "The same seed gives the same P50 / P80 / P95, so a shared link shows the same dates.", "相同种子得到相同的 P50 / P80 / P95，分享链接显示的日期一致。";
        TlDaysOff: "More days off (your team or the creators')", "额外休息日（团队或达人）";
        TlExtraWorkingDays: "Extra working days (weekends you work)", "额外工作日（加班的周末）";
        TlDatesHint: "One date or range per line: 2026-07-01 or 2026-07-01 ~ 2026-07-03. A day listed as a working day is worked even if it is also a day off.", "每行一个日期或日期区间：2026-07-01 或 2026-07-01 ~ 2026-07-03。同时列为工作日和休息日的日期按工作日计算。";
        TlWarnSpans: "{0}{1}: {2} ({3}) falls during {4}; work on working days pauses over it.", "{0}{1}：{4}期间遇上{2}（{3}），按工作日计算的步骤在假期中暂停。";
        TlWarnStartsInHoliday: "The plan starts during {0} ({1}): steps counted in working days begin when it ends.", "计划在{0}（{1}）期间开始：按工作日计算的步骤要到假期结束后才开始。";
        TlDayOne: "{0} day", "{0} 天";
        TlDayMany: "{0} days", "{0} 天";
        TlGroupOne: ", group {0}", "第 {0} 组";
        TlGroupMany: ", groups {0}", "第 {0} 组";
        TlWarnLiveOnHoliday: "{0}: notes go live during {1}; audiences travel and brands compete for attention.", "{0}：笔记在{1}期间发布，用户出行、品牌争夺注意力。";
        TlWarnBeforePeak: "{0}: the last note goes live {1} before {2} ({3}): good for seeding, but book early, as creator prices and ad costs rise before shopping peaks.",
            "{0}：最后一篇笔记在{2}（{3}）前 {1}发布，适合提前种草；但大促前达人报价和广告成本上涨，请尽早预约。";
        TlWarnProvisional: "{0}'s official holiday arrangement is not yet published (the published ones end with {1}): its statutory days count as days off, marked provisional. Typical blocks are longer, with make-up working weekends: add the likely block below or type your own days.",
            "{0} 年的官方放假安排尚未公布（已公布至 {1} 年）：按法定假日计为休息日，标为暂定。实际假期通常更长，并有调休上班的周末：可在下方一键采用常见安排，或自行填写。";
        TlWarnBeyondTable: "{0} is outside the holiday data ({1}–{2}): its days are treated as ordinary weekdays and weekends. Add known days off below.",
            "{0} 年不在节假日数据范围内（{1}–{2} 年）：当年日期按普通工作日和周末计算。已知的休息日可在下方添加。";
        TlWarnReviewWindow: "{0} can take up to {1} {2}, past the brand's 72 clock hours on the platform (a weekend or holiday does not stop the clock): after 72 hours the note may publish without your approval. Plan the brand's review inside them.",
            "{0}最长可达 {1} 个{2}，超过平台给品牌的 72 小时（按钟点计，周末和节假日照常计时）：超过 72 小时笔记可能未经确认就发布。请把品牌审核安排在 72 小时内。";
        TlRoundBrandReview: "The brand's review in each revision round", "每轮修改的品牌审核";
        TlWarnStartPast: "The start date is before today ({0}).", "开始日期早于今天（{0}）。";
        TlWarnTargetPast: "The target date is before today ({0}): the schedule below starts today.", "目标日期早于今天（{0}）：下方排期从今天开始。";
        TlWarnTargetMissed: "Even starting today, the last note is live by {0} with 80% confidence, {1} after the target. Add creators to review at once, cut rounds or move the target.",
            "即使今天启动，80% 把握下最后一篇笔记在 {0} 发布，比目标晚 {1}。可增加同时审核人数、减少修改轮次或推迟目标。";
        TlChartTitle: "Schedule (likely durations)", "排期（按最可能天数）";
        TlChartHoliday: "Public holiday", "法定节假日";
        TlChartP50: "Last note live P50", "最后一篇发布 P50";
        TlChartP80: "Last note live P80", "最后一篇发布 P80";
        TlChartSummary: "Gantt chart: starting {0}, the last note goes live on {1} with likely durations, and by {2} with 80% confidence.", "甘特图：{0} 开始，按最可能天数最后一篇笔记在 {1} 发布，80% 把握在 {2} 前发布。";
        TlConflictNoCreators: "Every wave has 0 creators: add creators to at least one wave.", "每一批的达人数都是 0：请至少为一批添加达人。";
        TlConflictTooLong: "This plan would take about {0} years: review more creators at once or split the campaign.", "该计划约需 {0} 年：请增加同时审核人数或拆分项目。";
        TlStartUsed: "Start", "开始日期";
        TlStatus: "Schedule", "排期";
        TlP80Col: "P80", "P80";
        TlLastLiveLikely: "Last note live (likely)", "最后一篇发布（最可能）";
        TlLastLiveEarliest: "Last note live (earliest)", "最后一篇发布（最早）";
        TlLastLiveLatest: "Last note live (latest)", "最后一篇发布（最晚）";
        TlDurationDays: "Total duration, days", "总时长（天）";
        TlDurationWeeks: "Total duration, weeks", "总时长（周）";
        TlDurationNote: "The AllXHS guide expects 3 to 5 weeks for one KOL.", "AllXHS 投放指南预计单个 KOL 需 3–5 周。";
        TlHandOverHours: "Hours each hand-over waits", "每次交接等待小时数";
        TlLatestStartP80: "Latest start, 80% confidence", "最晚启动日期（80% 把握）";
        TlLatestStartLikely: "Latest start, likely durations", "最晚启动日期（按最可能天数）";
        TlHeadline: "Last note live {0} (likely); by {1} with 80% confidence.", "最后一篇笔记预计 {0} 发布；80% 把握在 {1} 前发布。";
        TlWarningsLabel: "Warnings", "提示";
        TlWavesTitle: "Go-live by wave", "各批次发布时间";
        TlGroups: "Review groups", "审核组数";
        TlFirstLiveCol: "First live", "首篇发布";
        TlEarliest: "Last live, earliest", "末篇最早";
        TlLikelyCol: "Last live, likely", "末篇最可能";
        TlLatest: "Last live, latest", "末篇最晚";
        TlExportIcs: "Download calendar (.ics)", "下载日历（.ics）";
        TlExportCsv: "Download CSV", "下载 CSV";
        TlHolidaysTitle: "Public holidays in this schedule", "排期内的法定节假日";
        TlHolidaysHint: "Official schedules from the PyPI package chinese-calendar 1.11.0 (State Council notices), including make-up working weekends; years not yet published are provisional, from the statutory days. Untick a holiday your team and creators work through (its make-up days go with it).",
            "放假安排来自 PyPI 数据包 chinese-calendar 1.11.0（国务院办公厅通知），包括调休上班的周末；尚未公布的年份按法定假日暂定。如团队和达人节假日照常工作，可取消勾选（其调休上班日一并取消）。";
        TlHolidaysNone: "No public holiday falls in this schedule.", "排期内没有法定节假日。";
        TlProvisional: "provisional", "暂定";
        TlProvisionalNote: "Official arrangement not yet published; typical blocks are longer, with make-up working weekends.", "官方放假安排尚未公布；实际假期通常更长，并有调休上班的周末。";
        TlUseBlock: "Add the usual block: {0} – {1} off, make-up working days {2}", "采用常见安排：{0} – {1} 放假，调休上班 {2}";
        TlNone: "none", "无";
        TlHolidayMilestone: "Public holiday: {0}", "法定节假日：{0}";
        TlHolidayMilestoneProvisional: "Public holiday: {0} (provisional: official arrangement not yet published; typical blocks are longer, with make-up working weekends)",
            "法定节假日：{0}（暂定：官方放假安排尚未公布；实际假期通常更长，并有调休上班的周末）";
        TlDrawsNote: "P50, P80 and P95 come from {0} seeded draws (up to {1}; fewer for very large plans).", "P50、P80、P95 来自 {0} 次固定种子的模拟（最多 {1} 次；特大计划会减少）。";
        TlFormulaPert: "Each step's expected days = (min + 4 × likely + max) ÷ 6, spread = (max − min) ÷ 6; the Monte Carlo draws each step from the PERT-Beta distribution with those values.",
            "每步预期天数 = (最少 + 4 × 最可能 + 最多) ÷ 6，标准差 = (最多 − 最少) ÷ 6；蒙特卡洛按此 PERT-Beta 分布抽取每步天数。";
        TlFormulaWorking: "A step of n working days occupies the next n working days: Monday to Friday, less public holidays (provisional ones for years not yet published) and your days off, plus make-up weekends and your extra working days (an extra working day wins over a day off). Each step starts where the previous one ended, part-days included: a step of 2.5 days leaves half a day for the next, and time-zone waits are clock hours added on the way; a date is rounded up to the whole day only where it is read off.",
            "n 个工作日的步骤占用接下来的 n 个工作日：周一至周五，扣除法定节假日（尚未公布的年份按暂定安排）和额外休息日，加上调休上班日和额外工作日（额外工作日优先于休息日）。每一步从上一步结束处开始，不足一天的部分也延续：2.5 天的步骤给下一步留下半天，时差等待按钟点小时计入；只在读出日期时才向上取整为整天。";
        TlFormulaGroups: "Review groups = creators ÷ reviewed at once, rounded up. Every wave is selected and briefed from the start date, in parallel; its groups then follow one another: draft review, the note submitted on the platform (platform review, then the brand's final approval), then each revision round (creator revises + platform review again + brand reviews again); the next group's draft review starts when the previous group's note is approved. A wave's notes go live no sooner than the previous wave's last note plus the gap.",
            "审核组数 = 达人数 ÷ 同时审核人数（向上取整）。每一批都从开始日期起同时筛选和简报；之后各组依次进行：初稿审核，笔记在平台报备（先平台审核，再品牌终稿确认），然后每轮修改（达人修改 + 平台再审 + 品牌再审）；上一组笔记确认后，下一组才开始初稿审核。每批笔记在上一批最后一篇发布并间隔设定天数后才发布。";
        TlFormulaHandOver: "Hand-over wait = 9 office hours − hours both offices are open, in clock hours. Selection and briefing have 1 hand-over, draft review and final approval 2, each revision round 2, platform review and publication none. The waits add up along each creator group's chain and are rounded once with the dates, so one more hour per hand-over moves a chain of up to 24 hand-overs (one group has at most 14) by at most one working day, and a brand further from China never finishes sooner.",
            "交接等待 = 9 个办公小时 − 双方同时办公的小时数（钟点小时）。筛选与简报各 1 次交接，初稿审核与终稿确认各 2 次，每轮修改 2 次，平台审核与发布无交接。等待沿每组达人的流程累加，与日期一起只取整一次：每次交接多等 1 小时，最多 24 次交接的流程（一组最多 14 次）最多推迟 1 个工作日；离中国越远的品牌不会更早完成。";
        TlFormulaMonteCarlo: "Percentiles of the last note's go-live day over the draws (nearest rank). Latest start with 80% confidence: the latest start whose P80 is on or before the target, found by halving the interval.",
            "对所有模拟中最后一篇的发布日取分位数（最近秩法）。80% 把握的最晚启动日：P80 不晚于目标日期的最晚开始日，用二分法求得。";
        TlSourceBrief: "From AllXHS's guide “Cross-Border KOL Marketing: A Practical Guide to Working With Chinese Creators From Abroad”: selection 3–5 days, briefing and scheduling confirmation 2, mood board / draft review 3, final preview and approval 2–7, publication 1; 3 to 5 weeks in all for one KOL; the layered order of waves.",
            "来自 AllXHS《跨境 KOL 营销实用指南》：达人筛选 3–5 天、简报与排期确认 2 天、脚本/初稿审核 3 天、终稿确认 2–7 天、发布 1 天；单个 KOL 共 3–5 周；分层投放顺序。";
        TlSourcePlatform: "Practitioner (platform help pages): brand review within 72 hours, at most 3 rejections, platform review of sponsored notes 1–2 working days, video notes not editable after publishing.",
            "从业者经验（平台帮助说明）：品牌 72 小时内审核、最多驳回 3 次、报备笔记平台审核 1–2 个工作日、视频笔记发布后不可编辑。";
        TlSourceHolidays: "Holidays and make-up working days: PyPI package chinese-calendar 1.11.0 (2004–2026), cross-checked against npm chinese-days 1.5.7. Provisional days for 2027–2099 from the regulation amended from 2025 (New Year 1 day, Spring Festival 4: the Eve and lunar days 1–3, Qingming 1, Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3; a statutory day on a weekend made up on the next weekday), lunar dates from PyPI lunardate 0.3.0. The usual blocks offered (Spring Festival 8–9 days, Labour Day 5, National Day 7) are an estimate from the published arrangements. Shopping peaks: 3.8, 618, Double 11, Double 12.",
            "节假日与调休：PyPI 数据包 chinese-calendar 1.11.0（2004–2026 年），并与 npm chinese-days 1.5.7 核对。2027–2099 年按 2025 年起施行的《全国年节及纪念日放假办法》暂定（元旦 1 天，春节 4 天即除夕至初三，清明 1 天，劳动节 2 天，端午 1 天，中秋 1 天，国庆 3 天；适逢周末的法定假日在其后工作日补假），农历日期来自 PyPI lunardate 0.3.0。一键采用的常见安排（春节 8–9 天、劳动节 5 天、国庆 7 天）为根据已公布安排的估计。大促节点：三八、618、双11、双12。";
        TlSourceAssumptions: "Assumptions to replace with your own: likely values, revision rounds and days, wave sizes, groups and gaps, office hours 9:00–18:00, your time zone (UTC+1).",
            "以下为假设值，请替换为实际情况：最可能天数、修改轮次与天数、各批人数、组数与间隔、办公时间 9:00–18:00、您的时区（UTC+1）。";
        TlShortSeeding: "KOC", "素人";
        TlShortVertical: "KOL", "KOL";
        TlShortHead: "Head", "头部";
        TlShortSelection: "Selection", "筛选";
        TlShortBriefing: "Brief", "简报";
        TlShortDraft: "Draft", "初稿";
        TlShortRevisions: "Revisions", "修改";
        TlShortFinal: "Approval", "终稿";
        TlShortPlatform: "Platform", "平台审核";
        TlShortPublication: "Live", "发布";
    }
    // The creator shortlist
    shortlist: any(not(feature = "ui"), feature = "shortlist-page", feature = "compare-page") {
        // Creator shortlist
        SlQuestion: "Which of these creators should we book, within the budget and the layer rules?",
            "在预算和分层规则之内，提报的达人中该投哪些？";
        SlSectionList: "Creator list", "达人列表";
        SlSectionRules: "Budget and rules", "预算与规则";
        SlSectionVetting: "Vetting", "评估标准";
        SlPasteLabel: "Paste rows copied from Excel, WPS, Numbers or Google Sheets, headings included",
            "粘贴从 Excel、WPS、Numbers 或 Google 表格复制的行（含表头）";
        SlPasteHint: "Recognised headings: 达人昵称/name, 粉丝数/followers, 报价/quote (CNY), 平均点赞/likes, 平均收藏/saves, 平均评论/comments, 平均分享/shares, 阅读/views, 赞藏/likes+saves. Numbers as 1.2万, 12k or 12,000. Up to 500 creators.",
            "可识别的表头：达人昵称、粉丝数、报价（元）、平均点赞、平均收藏、平均评论、平均分享、阅读、赞藏（英文表头亦可）。数字可写作 1.2万、12k 或 12,000。最多 500 位达人。";
        SlPasteButton: "Read the pasted rows", "读取粘贴内容";
        SlFileLabel: "Or choose a CSV or TSV file (read in this browser, never sent)", "或选择 CSV / TSV 文件（仅在本浏览器读取，不会上传）";
        SlPasted: "{0} creators read from the sheet.", "已从表格读取 {0} 位达人。";
        SlSkippedLines: "{0} lines without a number were skipped.", "跳过了 {0} 行没有数字的内容。";
        SlTooManyRows: "{0} more rows were left out: a list takes at most 500 creators. Split the sheet and vet it in parts.",
            "另有 {0} 行未读取：每个列表最多 500 位达人，请拆分表格分批评估。";
        SlMappingTitle: "Which field is each column?", "请指定各列对应的字段";
        SlMappingHint: "Some headings were not recognised. Choose what each column holds, or ignore it.", "部分表头无法识别，请为每列选择对应字段，或忽略该列。";
        SlMissingColumns: "Still needed: {0}.", "仍缺少：{0}。";
        SlApplyMapping: "Use these columns", "按此读取";
        SlIgnoreColumn: "Ignore", "忽略";
        SlColName: "Name", "达人昵称";
        SlColFollowers: "Followers", "粉丝数";
        SlColQuote: "Quote (CNY)", "报价（元）";
        SlColLikes: "Avg likes", "平均点赞";
        SlColSaves: "Avg saves", "平均收藏";
        SlColComments: "Avg comments", "平均评论";
        SlColShares: "Avg shares", "平均分享";
        SlColViews: "Avg views", "平均阅读";
        SlColLikesSaves: "Likes + saves", "赞藏";
        SlColRatio: "Like+save ratio", "赞藏比";
        SlColEngagements: "Engagements per note", "篇均互动";
        SlColAuthentic: "Authentic engagements", "真实互动";
        SlColCost: "Cost with fee", "含服务费成本";
        SlColCpe: "CPE", "CPE（单次互动成本）";
        SlColCpae: "Cost per authentic engagement", "单次真实互动成本";
        SlColCpm: "CPM on authentic followers", "真实粉丝 CPM";
        SlColVerdict: "Verdict", "结论";
        SlColPicked: "Picked", "入选";
        SlColMark: "Mark", "标记";
        SlPickedYes: "Book", "投放";
        SlPickedNo: "No", "否";
        SlVerdictRedFlags: "Red flags", "风险信号";
        SlRow: "Row {0}", "第 {0} 行";
        SlRowInError: "This row has a cell to fix, so it is neither vetted nor picked.", "此行有需要修改的单元格，暂不评估也不入选。";
        SlRowInErrorShort: "fix the row", "请修改此行";
        SlNoEngagements: "No engagements per note, so no cost per engagement.", "篇均互动为零，无法计算单次互动成本。";
        SlNoEngagementsShort: "no engagements", "无互动";
        SlMarkFree: "Optimiser decides", "由优化器决定";
        SlMarkKeep: "Must book", "必投";
        SlMarkNever: "Never book", "不投";
        SlAddRow: "Add a creator", "添加达人";
        SlDelete: "Delete", "删除";
        SlDeleteRow: "Delete row {0}", "删除第 {0} 行";
        SlStatus: "Optimiser", "优化器";
        SlProven: "Proven the best pick under these rules.", "已证明为该规则下的最优组合。";
        SlNotProven: "Best pick found, not proven optimal before the search stopped. No pick beats it by more than {0}.",
            "搜索在证明最优前停止，此为找到的最佳组合；任何组合最多比它好 {0}。";
        SlConflictTitle: "No pick respects every rule:", "没有组合能满足全部规则：";
        SlPickCount: "Creators to book", "入选达人数";
        SlPickCost: "Cost of the pick", "入选组合成本";
        SlPickEngagements: "Engagements per round of notes", "每轮笔记总互动";
        SlPickAuthentic: "Authentic engagements", "真实互动总量";
        SlPickNotes: "Notes", "笔记数";
        SlPickUnspent: "Budget left", "剩余预算";
        SlFailedCount: "Creators failing vetting", "未通过评估的达人";
        SlAnswer: "Book these {0} creators for {1}: about {2} authentic engagements; {3} creators fail vetting.",
            "投放这 {0} 位达人，费用 {1}：约 {2} 次真实互动；{3} 位达人未通过评估。";
        SlAnswerNone: "No creator can be booked: {0}", "无法选出达人：{0}";
        SlObjectiveHint: "Reach: the average views per note when the sheet gives them, otherwise authentic followers.",
            "曝光：表格提供平均阅读时按阅读计算，否则按真实粉丝数计算。";
        SlRulesHint: "The budget mix's layer rules, applied to named creators. Creators failing vetting (below the benchmark or with red flags) are left out unless marked Must book.",
            "沿用 KOL 与 KOC 预算分配的分层规则。未通过评估（低于基准或有风险信号）的达人不参与挑选，除非标记为必投。";
        SlHeadCapHint: "Default 0: assumption (a first campaign without head KOLs).", "默认 0：假设值（首轮投放不含头部）。";
        SlMinRevHint: "Default 3: assumption (vertical reviews for credibility).", "默认 3：假设值（腰部垂类测评建立信任）。";
        SlMaxShareHint: "Default 60%: assumption, as in the budget mix.", "默认 60%：假设值，与预算分配相同。";
        SlTableTitle: "Every creator, vetted", "全部达人评估";
        SlSortBy: "Sort by {0}", "按{0}排序";
        SlOpenInEngagement: "Vet in detail", "详细评估";
        SlSpendByTier: "Spend by tier", "各层级花费";
        SlTierCount: "{0} creators", "{0} 位";
        SlToBudgetMix: "Open this mix in the budget mix", "在预算分配中打开此组合";
        SlToTimeline: "Plan these creators in the timeline", "在投放排期中安排这些达人";
        SlChartTitle: "Cost per authentic engagement against like+save ratio", "单次真实互动成本与赞藏比";
        SlChartSummary: "{0} creators plotted, {1} picked (filled). Vertical lines: benchmark {2}, practitioners' 3% and 5%.",
            "共 {0} 位达人，入选 {1} 位（实心）。竖线：基准 {2}，从业者参考线 3% 与 5%。";
        SlChartX: "Like+save ratio", "赞藏比";
        SlChartY: "Cost per authentic engagement (CNY)", "单次真实互动成本（元）";
        SlLinkTooLong: "This list is too long for a link (over 8 KB, and over 64 KB compressed), so the link would open with defaults; shorten the list or its longest names to share it.",
            "列表过长，无法放入链接（超过 8 KB，压缩后仍超过 64 KB），打开链接会恢复默认值；请缩短列表或过长的名称后再分享。";
        // Shortlist: compressed lists in the link.
        SlReadingList: "Reading the creator list in the link…", "正在读取链接中的达人列表…";
        SlFormulaVetting: "Each creator is vetted with the engagement calculator's own rules on their average note: tier by followers; like+save ratio = (likes + saves) ÷ followers against the benchmark (1.5%, the guide) and practitioners' 3% and 5% lines; an average below 3% is the red flag \"every note below the suspicious line\"; fake share 30% under 500K followers (the guide), 15% from 500K (practitioners) unless typed.",
            "每位达人按其篇均数据，用达人互动评估的规则评估：按粉丝数分层；赞藏比 =（点赞 + 收藏）÷ 粉丝数，对照基准（1.5%，投放指南）与从业者 3%、5% 参考线；篇均低于 3% 即为“全部笔记低于可疑线”的风险信号；未填写假粉占比时，50 万粉以下按 30%（投放指南），50 万粉起按 15%（从业者）。";
        SlFormulaCosts: "Engagements = likes + saves + comments + shares per note; authentic = engagements × (1 − fake share); cost = quote × (1 + platform fee); CPE = cost ÷ engagements (蒲公英's definition); cost per authentic engagement = cost ÷ authentic; CPM = cost ÷ authentic followers × 1000.",
            "互动 = 篇均点赞 + 收藏 + 评论 + 分享；真实互动 = 互动 ×（1 − 假粉占比）；成本 = 报价 ×（1 + 平台服务费）；CPE = 成本 ÷ 互动（蒲公英口径）；单次真实互动成本 = 成本 ÷ 真实互动；CPM = 成本 ÷ 真实粉丝 × 1000。";
        SlFormulaPick: "The pick maximises the objective within the budget: at most the head cap of head KOLs, at least the minimum of mid-tier reviews, no tier above its share of the budget; must-book creators always in, never-book ones always out. Exact 0/1 branch and bound with a linear-programming bound; when its node guard stops it, the page says how far from optimal the pick can be at most.",
            "在预算内使目标最大：头部不超过上限，腰部测评不少于最少篇数，任一层级不超过预算占比上限；必投达人一定入选，不投达人一定排除。采用精确的 0/1 分支定界（线性规划上界）；若搜索因节点上限停止，页面会说明与最优相差最多多少。";
        // Shortlist: long lists shown a page at a time.
        SlRowsShown: "Rows {0}–{1} of {2}", "第 {0}–{1} 行，共 {2} 行";
        SlPagerLabel: "Rows shown", "显示的行";
        SlPrevRows: "Previous rows", "上一页";
        SlNextRows: "Next rows", "下一页";
    }
}
