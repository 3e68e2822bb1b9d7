/* Arena phone page: every string the reviewer reads, in Simplified Chinese and English.
 * Loaded before phone.js; `{name}` marks a value filled in at run time. Error texts are keyed by
 * the server's refusal codes (see docs/server.md).
 */
"use strict";

window.ARENA_TEXT = {
  zh: {
    other: "EN", title: "评分", loading: "正在载入…", noun: "汇报对象",
    max: "满分 {max} · 步长 {step}", total: "合计", missing: "（还有 {n} 项未完成）",
    submit: "提交评分", resubmit: "提交修改", sending: "正在提交…",
    ok: "✓ 已提交，服务器已保存", receipt: "回执编号", edited: "已修改，尚未提交",
    superseded: "本机提交的评分已被您在另一设备上的后续提交替换（现回执 {receipt}），请核对下方分数",
    pending: "网络中断：评分已保存在本机，恢复连接后将自动发送",
    offline: "网络已断开，正在重新连接…", offline_outbox: "有未发送的评分，恢复后自动发送",
    not_open: "尚未开放评分", now_presenting: "当前{noun}：{name}", wait: "请稍候，开放评分后本页会自动更新。",
    closed_one: "「{name}」的评分已关闭", contest_closed: "评分已全部结束，感谢您的参与！",
    recused: "您需回避对「{name}」的评分", recused_note: "按回避规定，本页不提供该项评分。",
    all_at_end: "请为以下各项分别评分并提交，关闭前均可修改。",
    done: "我的评分", pending_short: "待发送", dec: "减少", inc: "增加",
    phase_closing: "「{names}」的评分将在 60 秒内自动关闭，请尽快提交",
    need: "请填写", bad_link: "此链接无效，请向会务人员确认您的个人链接。",
    bad_link_title: "链接无效", too_many_title: "请稍候",
    too_many_link: "无效链接尝试次数过多，请一分钟后再打开您的个人链接，或向会务人员确认。",
    submitted: "✓ 已提交", closed_unsent: "您在本机填写的评分未提交，见下方「我的评分」，请联系会务人员。",
    unsent_short: "未提交", draft: "本机草稿：",
    offline_reload: "请勿刷新或关闭本页：断网时刷新将无法打开，已填写的内容保存在本机。",
    comment: "评语", comment_optional: "选填，最多 500 字", comment_required: "必填，最多 500 字",
    comment_hint: "请填写您的评语", e_comment_empty: "请填写评语", e_comment_long: "评语最多 {max} 字",
    far_low: "您的合计 {total} 分，比其他评委低很多（约低 {distance} 分）。",
    far_high: "您的合计 {total} 分，比其他评委高很多（约高 {distance} 分）。",
    far_median: "其他评委的中位数为 {median} 分。", far_ask: "仍要提交吗？",
    far_reason: "理由（选填）", far_cancel: "返回修改", far_send: "仍然提交",
    e_empty: "请填写此项", e_nan: "请输入数字", e_range: "应在 0 到 {max} 之间", e_step: "须为 {step} 的整数倍",
    codes: {
      closed: "该项评分已关闭，未能提交", recused: "您需回避该项评分", unknown_presenter: "{noun}不存在",
      not_a_number: "有分数不是数字", out_of_range: "有分数超出范围", off_step: "有分数不符合步长",
      unknown_criterion: "评分项目不存在", duplicate_criterion: "有评分项目重复", missing_criterion: "请填写全部评分项目",
      replayed: "提交编号冲突，请重新提交", too_large: "提交内容过大", invalid: "提交格式有误",
      malformed: "提交格式有误", unsupported_media_type: "提交格式有误", too_many: "请求过多，请稍后再试",
      not_found: "此链接无效", busy: "服务器忙，请稍后再试", storage_full: "会务电脑磁盘已满，评分已保存在本机，会务人员已收到提示",
      too_many_streams: "此链接已在其他设备上打开", method_not_allowed: "提交方式有误", other: "提交失败（{status}）",
      comment_required: "请填写评语后再提交", comment_too_long: "评语超过 500 字", comments_off: "本场不收评语，请删去后提交",
      reason_too_long: "理由超过 500 字"
    }
  },
  en: {
    other: "中文", title: "Scoring", loading: "Loading…", noun: "presenter",
    max: "max {max} · step {step}", total: "Total", missing: " ({n} not complete yet)",
    submit: "Submit scores", resubmit: "Submit changes", sending: "Submitting…",
    ok: "✓ Submitted and saved by the server", receipt: "Receipt", edited: "Changed, not yet submitted",
    superseded: "Your scores from this device were replaced by a later submission from another device (receipt {receipt}); check the marks below",
    pending: "No connection: your scores are kept on this phone and will be sent when it is back",
    offline: "Connection lost, reconnecting…", offline_outbox: "Unsent scores will be sent once back online",
    not_open: "Scoring is not open yet", now_presenting: "Now presenting: {name}",
    wait: "This page updates by itself when scoring opens.",
    closed_one: "Scoring for “{name}” is closed", contest_closed: "Scoring has ended. Thank you!",
    recused: "You are recused from scoring “{name}”", recused_note: "Under the recusal rules this page does not offer it.",
    all_at_end: "Score each one below and submit it; you can change it until scoring closes.",
    done: "My scores", pending_short: "waiting to send", dec: "decrease", inc: "increase",
    phase_closing: "Scoring for {names} closes by itself within 60 s: submit now",
    need: "required", bad_link: "This link is not valid; please check your personal link with the organisers.",
    bad_link_title: "Link not valid", too_many_title: "Please wait",
    too_many_link: "Too many wrong links were tried; open your personal link again in a minute, or ask the organisers.",
    submitted: "✓ Submitted", closed_unsent: "The scores you typed on this phone were not submitted (see “My scores” below); please tell the organisers.",
    unsent_short: "not submitted", draft: "Draft on this phone:",
    offline_reload: "Do not reload or close this page: without the network it cannot be opened again. What you typed is kept on this phone.",
    comment: "Comment", comment_optional: "optional, up to 500 characters", comment_required: "required, up to 500 characters",
    comment_hint: "Your comment", e_comment_empty: "Please write a comment", e_comment_long: "At most {max} characters",
    far_low: "Your total {total} is far below the others (about {distance} points lower).",
    far_high: "Your total {total} is far above the others (about {distance} points higher).",
    far_median: "The others' median is {median}.", far_ask: "Submit anyway?",
    far_reason: "Reason (optional)", far_cancel: "Go back", far_send: "Submit anyway",
    e_empty: "Please fill this in", e_nan: "Enter a number", e_range: "Between 0 and {max}", e_step: "Must be a multiple of {step}",
    codes: {
      closed: "Scoring is closed; not submitted", recused: "You are recused from this one", unknown_presenter: "No such {noun}",
      not_a_number: "A score is not a number", out_of_range: "A score is out of range", off_step: "A score is off the step",
      unknown_criterion: "Unknown criterion", duplicate_criterion: "A criterion is given twice", missing_criterion: "Fill in every criterion",
      replayed: "Submission id clash; please submit again", too_large: "The submission is too large", invalid: "The submission is malformed",
      malformed: "The submission is malformed", unsupported_media_type: "The submission is malformed", too_many: "Too many requests; try again shortly",
      not_found: "This link is not valid", busy: "The server is busy; try again shortly",
      storage_full: "The organisers' laptop is out of disk space; your scores are kept on this phone and the host has been told",
      too_many_streams: "This link is open on too many devices", method_not_allowed: "The submission is malformed",
      other: "Not submitted ({status})",
      comment_required: "Write a comment, then submit", comment_too_long: "The comment is over 500 characters",
      comments_off: "This contest takes no comments; remove it and submit", reason_too_long: "The reason is over 500 characters"
    }
  }
};
