<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPage</name>
    <message>
        <location filename="../../ui/console/access.py" line="150"/>
        <source>Projector screen (read-only, for a second display):</source>
        <translation>投影大屏链接（只读，供另一台电脑的显示屏使用）：</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="154"/>
        <source>Copy screen link</source>
        <translation>复制大屏链接</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="95"/>
        <source>Reviewer</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="95"/>
        <source>Group</source>
        <translation>评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="95"/>
        <source>Personal link</source>
        <translation>个人链接</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="107"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="109"/>
        <source>Printable cards (PDF)…</source>
        <translation>打印评委卡片（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="128"/>
        <source>Address for phones:</source>
        <translation>手机访问地址：</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="133"/>
        <source>this laptop only: phones cannot reach it</source>
        <translation>仅限本机：手机无法访问</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="138"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="163"/>
        <source>Room Wi-Fi (on the projector and the cards):</source>
        <translation>会场 Wi-Fi（显示在投影和评委卡上）：</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="165"/>
        <source>network name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="167"/>
        <source>password (optional)</source>
        <translation>密码（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="184"/>
        <source>Wi-Fi: {name}   password: {password}</source>
        <translation>Wi-Fi：{name}&#x3000;密码：{password}</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="185"/>
        <source>Wi-Fi: {name}</source>
        <translation>Wi-Fi：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="205"/>
        <source>The server could not start: {error}</source>
        <translation>服务无法启动：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="219"/>
        <source>The printed cards use another address</source>
        <translation>已打印的评委卡使用另一个地址</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="224"/>
        <source>The cards were printed for {old}. Phones that scan them will not find the server at {new}.</source>
        <translation>评委卡是按 {old} 打印的。扫描评委卡的手机将无法在 {new} 找到服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="229"/>
        <source>Use the cards&apos; address</source>
        <translation>使用评委卡上的地址</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="230"/>
        <source>Start anyway (reprint the cards)</source>
        <translation>仍然启动（重新打印评委卡）</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="257"/>
        <source>Stop the server</source>
        <translation>停止服务</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="257"/>
        <source>Start the server</source>
        <translation>启动服务</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="262"/>
        <source>The reviewers&apos; server is not part of this build yet.</source>
        <translation>此版本尚未包含评委服务。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="266"/>
        <source>The server runs on {url}, which is this laptop only: phones cannot reach it. Stop the server and choose the address of the room&apos;s network.</source>
        <translation>服务器运行在 {url}，这是仅限本机的地址：手机无法访问。请停止服务器，改选会场网络的地址。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="274"/>
        <source>Phones on the room&apos;s network open {url} (each reviewer has a personal link below).</source>
        <translation>会场网络中的手机打开 {url}（每位评委的个人链接见下表）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="278"/>
        <source>Start the server so that reviewers can score from their phones.</source>
        <translation>启动服务后，评委即可用手机评分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="284"/>
        <source>Available once the cards module is installed.</source>
        <translation>安装卡片模块后可用。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="282"/>
        <location filename="../../ui/console/access.py" line="293"/>
        <source>(start the server)</source>
        <translation>（请先启动服务）</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="308"/>
        <source>Select a reviewer to show their QR code.</source>
        <translation>选择一位评委以显示其二维码。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="324"/>
        <source>Save the cards</source>
        <translation>保存评委卡片</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="329"/>
        <source>Writing the cards…</source>
        <translation>正在生成卡片…</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="341"/>
        <source>Cards written to {path}</source>
        <translation>卡片已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="348"/>
        <source>The cards could not be written: {error}</source>
        <translation>卡片生成失败：{error}</translation>
    </message>
</context>
<context>
    <name>AudiencePanel</name>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="27"/>
        <source>Audience (大众评审)</source>
        <translation>大众评审</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="62"/>
        <source>{n} of {cap} phones joined</source>
        <translation>已加入 {n} / {cap} 部手机</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="64"/>
        <source>joining open</source>
        <translation>可加入</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="64"/>
        <source>joining closed</source>
        <translation>已关闭加入</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="67"/>
        <source>Audience ballots: {n}</source>
        <translation>大众评审票数：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="68"/>
        <source>Close joining</source>
        <translation>关闭加入</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="68"/>
        <source>Reopen joining</source>
        <translation>重新开放加入</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../../ui/console/backup_keeper.py" line="72"/>
        <source>The backup could not be written: {error}</source>
        <translation>无法写入备份：{error}</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../ui/console/board.py" line="65"/>
        <source>Only who is missing</source>
        <translation>只看未交的</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="68"/>
        <source>Show only the reviewers whose ballot for the current presenter is missing</source>
        <translation>只显示尚未给当前对象交表的评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="72"/>
        <source>Search reviewers or groups</source>
        <translation>搜索评委或分组</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/board.py" line="235"/>
        <source>%n ballot(s) counted so far.</source>
        <translation>
            <numerusform>目前已计入 %n 张评分表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="244"/>
        <source>{presenter}: {done} of {eligible} ballots in.</source>
        <translation>{presenter}：已收到 {done} / {eligible} 张评分表。</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="248"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="252"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/board.py" line="253"/>
        <source>Still missing (%n): {names}</source>
        <translation>
            <numerusform>尚缺 %n 人：{names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="255"/>
        <source>Every ballot is in for {presenter}.</source>
        <translation>{presenter} 的评分表已全部收齐。</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="266"/>
        <source>{group} {done}/{eligible}</source>
        <translation>{group} {done}/{eligible}</translation>
    </message>
</context>
<context>
    <name>CheckinCount</name>
    <message>
        <location filename="../../ui/console/presence_board.py" line="169"/>
        <source>Checked in: %1/%2</source>
        <translation>签到：%1/%2</translation>
    </message>
</context>
<context>
    <name>ContestController</name>
    <message>
        <location filename="../../ui/console/controller.py" line="84"/>
        <source>The contest is closed: the scores are frozen and the queue cannot move any more.</source>
        <translation>比赛已结束：分数已冻结，出场顺序不能再变动。</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="88"/>
        <location filename="../../ui/console/controller.py" line="97"/>
        <source>Not done: {reason}</source>
        <translation>未执行：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="93"/>
        <source>Close this presenter&apos;s scoring before announcing the score.</source>
        <translation>请先结束该汇报的评分，再公布得分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="94"/>
        <source>Nobody has scored this presenter: there is no score to announce.</source>
        <translation>还没有评委为该汇报评分，暂无得分可公布。</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="95"/>
        <source>That presenter is no longer in the contest.</source>
        <translation>该汇报对象已不在本次比赛中。</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="148"/>
        <source>The reviewers&apos; server is not part of this build yet.</source>
        <translation>此版本尚未包含评委服务。</translation>
    </message>
</context>
<context>
    <name>ContestLock</name>
    <message>
        <location filename="../../ui/console/file_lock.py" line="48"/>
        <source>{file} is being served by “arena serve” (process {pid} on {host}). Stop that server (Ctrl+C where it runs), then open the contest here.</source>
        <translation>{file} 正由“arena serve”提供给评委（{host} 上的进程 {pid}）。请先停止那个服务器（在它运行的地方按 Ctrl+C），再在这里打开这个比赛。</translation>
    </message>
    <message>
        <location filename="../../ui/console/file_lock.py" line="53"/>
        <source>{file} is already open in another Arena window (process {pid} on {host}). Switch to that window, or close the contest there, then open it here.</source>
        <translation>{file} 已在另一个 Arena 窗口中打开（{host} 上的进程 {pid}）。请切换到那个窗口，或先在那里关闭这个比赛，再在这里打开。</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="34"/>
        <source>Draw the speaking order</source>
        <translation>发言顺序抽签</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="41"/>
        <source>1. Show the commitment on the projector before anyone types.  2. Each witness types numbers or dice throws.  3. Reveal the seed: the order follows from the seed and the inputs, and anyone can recompute it (arena verify).</source>
        <translation>1. 在任何人输入之前，先在投影上公布承诺值。 2. 每位见证人输入数字或骰子点数。 3. 公布种子：顺序由种子和见证输入决定，任何人都可以复算（arena verify）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="48"/>
        <source>1. Show the commitment</source>
        <translation>1. 公布承诺值</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="53"/>
        <source>SHA-256 of the secret seed</source>
        <translation>秘密种子的 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="56"/>
        <source>Witness&apos;s name</source>
        <translation>见证人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="58"/>
        <source>Numbers or dice throws, e.g. 3 5 1</source>
        <translation>数字或骰子点数，如 3 5 1</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="60"/>
        <source>2. Add this witness</source>
        <translation>2. 添加这位见证人</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="71"/>
        <source>3. Reveal the seed and set the order</source>
        <translation>3. 公布种子并确定顺序</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="85"/>
        <source>Cancel the draw in force…</source>
        <translation>取消已生效的抽签…</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="119"/>
        <source>Cancel the draw</source>
        <translation>取消抽签</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="119"/>
        <source>Why is the draw cancelled? (logged and printed)</source>
        <translation>取消抽签的原因？（记入日志并打印在报告中）</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="126"/>
        <source>The draw was cancelled: a new one can be made.</source>
        <translation>抽签已取消，可以重新抽签。</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="154"/>
        <source>The contest has started: the order can no longer be drawn.</source>
        <translation>比赛已开始，不能再抽签。</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="155"/>
        <source>Draw %1 already set the order. Cancel it first to draw again.</source>
        <translation>第 %1 次抽签已确定顺序。如需重抽，请先取消。</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="156"/>
        <source>There is no draw to cancel.</source>
        <translation>没有可取消的抽签。</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="157"/>
        <source>The steps go in order: commitment, witnesses, reveal.</source>
        <translation>请按顺序操作：承诺值、见证人、公布。</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="158"/>
        <source>At least one witness must type an input before the reveal.</source>
        <translation>公布之前至少需要一位见证人输入。</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="159"/>
        <source>The contest has no presenters to draw.</source>
        <translation>本比赛没有可抽签的汇报对象。</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="160"/>
        <source>A witness needs a name (one line, at most 40 characters).</source>
        <translation>请填写见证人姓名（一行，不超过 40 个字）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/draw_dialog.py" line="161"/>
        <source>Type numbers or dice throws: digits, spaces, commas (at most 64).</source>
        <translation>请输入数字或骰子点数：数字、空格、逗号（不超过 64 个字符）。</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../ui/console/guard.py" line="25"/>
        <source>No. {rank} {name} {score}</source>
        <translation>第{rank}名 {name} {score}</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="39"/>
        <source>the result {line}</source>
        <translation>结果“{line}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="53"/>
        <source>the full ranking of {n} presenter(s), each with a score</source>
        <translation>全部 {n} 个汇报对象的完整排名及得分</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="59"/>
        <source>why {name} has {score}: each group&apos;s score and the totals dropped</source>
        <translation>{name} 得 {score} 分的解释：各组得分及去掉的总分</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="66"/>
        <source>the results revealed so far: {lines}</source>
        <translation>已揭晓的结果：{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="86"/>
        <source>Show a result while the contest is open?</source>
        <translation>评分尚未结束，现在展示结果？</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="87"/>
        <source>Scoring is not finished: the contest is still open.

The projector and the web screen will show {what}.

Show it to the room now?</source>
        <translation>评分尚未结束：比赛仍在进行中。

投影和网页大屏将显示{what}。

现在向会场展示吗？</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="92"/>
        <source>Show it now</source>
        <translation>现在展示</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="99"/>
        <source>The contest is live</source>
        <translation>比赛正在进行</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="100"/>
        <source>The contest is live. If Arena closes now, the reviewers&apos; phones lose the server and cannot submit until the file is opened again.

Nothing is lost: opening the file again resumes the contest where it is.</source>
        <translation>比赛正在进行。如果现在关闭 Arena，评委手机将与服务器断开，在重新打开文件之前无法提交评分。

不会丢失任何数据：重新打开文件即可从当前进度继续。</translation>
    </message>
    <message>
        <location filename="../../ui/console/guard.py" line="106"/>
        <source>Close anyway</source>
        <translation>仍然关闭</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../ui/console/help_panel.py" line="53"/>
        <source>Setup: check the lists, the recusals and the scoring rules, then Save.</source>
        <translation>设置：核对各名单、回避关系和计分规则，然后保存。</translation>
    </message>
    <message>
        <location filename="../../ui/console/help_panel.py" line="55"/>
        <source>Reviewer access: pick the room&apos;s network address, start the server, hand out the links or the printed cards.</source>
        <translation>评委接入：选择会场网络地址，启动服务，发放链接或打印的卡片。</translation>
    </message>
    <message>
        <location filename="../../ui/console/help_panel.py" line="59"/>
        <source>Live session: start the contest, bring each presenter up, start the timer, open scoring, watch the board until every ballot is in, close scoring, next presenter.</source>
        <translation>现场进行：开始比赛，依次请汇报对象上场，开始计时，开放评分，看板显示全部收齐后关闭评分，进入下一位。</translation>
    </message>
    <message>
        <location filename="../../ui/console/help_panel.py" line="63"/>
        <source>A reviewer without a phone: enter their paper ballot (it is logged as entered by the host).</source>
        <translation>评委没有手机时：录入其纸质评分表（记录为主持人代录）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/help_panel.py" line="66"/>
        <source>When everyone has presented: close the contest (the scores are frozen), then reveal the results step by step on the projector.</source>
        <translation>全部汇报结束后：结束比赛（分数冻结），再在投影上逐步揭晓结果。</translation>
    </message>
    <message>
        <location filename="../../ui/console/help_panel.py" line="70"/>
        <source>If the laptop crashes or the lid closes: reopen the file; the session resumes where it was.</source>
        <translation>如电脑崩溃或合盖：重新打开文件，会议从原处继续。</translation>
    </message>
    <message>
        <location filename="../../ui/console/help_panel.py" line="74"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../ui/console/help_panel.py" line="74"/>
        <source>Running a meeting</source>
        <translation>会议流程</translation>
    </message>
    <message>
        <location filename="../../ui/console/help_panel.py" line="77"/>
        <source>During the session</source>
        <translation>会议进行中</translation>
    </message>
    <message>
        <location filename="../../ui/console/help_panel.py" line="78"/>
        <source>Everywhere</source>
        <translation>通用</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../ui/console/live.py" line="85"/>
        <source>Who has submitted (no scores shown)</source>
        <translation>提交情况（不显示分数）</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="88"/>
        <source>Provisional results — host only</source>
        <translation>临时结果——仅主持人可见</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="130"/>
        <source>Double-click a presenter to bring them up now.</source>
        <translation>双击汇报对象，立即请其上场。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="150"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="223"/>
        <source>Start the contest</source>
        <translation>开始比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="192"/>
        <source>Next presenter</source>
        <translation>下一位</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="193"/>
        <location filename="../../ui/console/live.py" line="441"/>
        <source>Open scoring</source>
        <translation>开放评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="194"/>
        <source>Open scoring for all</source>
        <translation>全部开放评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="195"/>
        <source>Close scoring for all</source>
        <translation>全部关闭评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="199"/>
        <location filename="../../ui/console/live.py" line="444"/>
        <source>Start timer</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="200"/>
        <source>Extend timer</source>
        <translation>延长计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="201"/>
        <source>Reset timer</source>
        <translation>重置计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="202"/>
        <source>Enter a paper ballot…</source>
        <translation>代录纸质评分表…</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="196"/>
        <source>Close the contest…</source>
        <translation>结束比赛…</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="206"/>
        <source>Reveal: step back</source>
        <translation>揭晓：后退一步</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="207"/>
        <source>Reveal next</source>
        <translation>揭晓下一项</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="208"/>
        <source>Explain the score</source>
        <translation>显示得分说明</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="218"/>
        <source>On the projector and the web screen: each group&apos;s score and weight and the totals dropped by trimming, reviewers anonymous, for the presenter just revealed.</source>
        <translation>在投影和网页大屏上说明刚揭晓的得分：各组得分与权重、去掉的最高最低分（评委匿名）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="230"/>
        <source>Projector shows:</source>
        <translation>投影显示：</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="236"/>
        <source>Welcome</source>
        <translation>欢迎页</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="237"/>
        <source>Presenter and timer</source>
        <translation>汇报对象与计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="238"/>
        <source>Scoring in progress</source>
        <translation>正在评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="239"/>
        <source>Results (reveal)</source>
        <translation>结果（揭晓）</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="240"/>
        <source>Full ranking</source>
        <translation>完整排名</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="241"/>
        <source>Blank</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="330"/>
        <source>Close the contest</source>
        <translation>结束比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="321"/>
        <source>Close the contest? Every scoring window closes and no further ballot is accepted. The scores are frozen for the results.</source>
        <translation>确定结束比赛？所有评分窗口将关闭，不再接受评分表，分数将冻结用于出结果。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="127"/>
        <source>Queue ({noun})</source>
        <translation>出场顺序（{noun}）</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="139"/>
        <source>The projector: F9 shows it (full screen on the second screen), F11 on it toggles full screen.</source>
        <translation>投影：按 F9 显示（在第二块屏幕上全屏），在投影窗口按 F11 切换全屏。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="203"/>
        <source>Announce this score…</source>
        <translation>当场亮分…</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="225"/>
        <source>Draw the order…</source>
        <translation>抽签定顺序…</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="242"/>
        <source>Announced score (亮分)</source>
        <translation>当场亮分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="243"/>
        <source>Draw of the speaking order (抽签)</source>
        <translation>发言顺序抽签</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="269"/>
        <source>scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="275"/>
        <source>scoring for all</source>
        <translation>全部评分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/live.py" line="327"/>
        <source>%n ballot(s) are missing:</source>
        <translation>
            <numerusform>缺少 %n 张评分表：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="346"/>
        <source>Announce the score</source>
        <translation>当场亮分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="348"/>
        <source>Show {name}&apos;s score to the room now? The projector and the web screen strike out the dropped scores one by one and then show the final score.</source>
        <translation>现在向全场公布“{name}”的得分吗？投影和网页大屏将逐一划去去掉的最高分和最低分，然后显示最后得分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="363"/>
        <source>No presenter yet</source>
        <translation>尚无汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="365"/>
        <source>Next: {name}</source>
        <translation>下一位：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="365"/>
        <source>Next: —</source>
        <translation>下一位：—</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="368"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="369"/>
        <source>Live</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="166"/>
        <location filename="../../ui/console/live.py" line="370"/>
        <source>Closed — scores frozen</source>
        <translation>已结束——分数已冻结</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="384"/>
        <source>waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="384"/>
        <source>scoring open</source>
        <translation>评分中</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="384"/>
        <source>scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="441"/>
        <source>Close scoring</source>
        <translation>关闭评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="444"/>
        <source>Pause timer</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="453"/>
        <source>Only once this presenter&apos;s scoring is closed.</source>
        <translation>该汇报评分结束后才能亮分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="536"/>
        <source>Phones connected: {n}</source>
        <translation>已连接手机：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="541"/>
        <source>Reviewers&apos; server running at {url}</source>
        <translation>评委服务运行于 {url}</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="544"/>
        <source>Reviewers&apos; server not running (see Reviewer access).</source>
        <translation>评委服务未运行（见“评委接入”）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/console/main_window.py" line="107"/>
        <source>Help and shortcuts</source>
        <translation>帮助与快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="149"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="151"/>
        <source>Open a backup…</source>
        <translation>打开备份…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="152"/>
        <source>Open the demo contest</source>
        <translation>打开演示比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="153"/>
        <source>Save the Excel template…</source>
        <translation>保存 Excel 模板…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="156"/>
        <source>Write the results report (PDF)…</source>
        <translation>生成结果报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="158"/>
        <source>Export the results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="160"/>
        <source>Close the contest file</source>
        <translation>关闭比赛文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="162"/>
        <source>&amp;Session</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="176"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="178"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="181"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="225"/>
        <source>Live session</source>
        <translation>现场进行</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="228"/>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="229"/>
        <source>Reviewer access</source>
        <translation>评委接入</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="231"/>
        <source>Check-in and signing</source>
        <translation>签到与签字</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="259"/>
        <source>Arena console</source>
        <translation>擂台赛主持台</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="275"/>
        <source>The contest is already open</source>
        <translation>这个比赛已经打开</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="277"/>
        <source>Cannot open the contest</source>
        <translation>无法打开比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="301"/>
        <source>The contest was live: the reviewers&apos; server is running again at {url}</source>
        <translation>比赛正在进行：评委服务已在 {url} 重新运行</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="346"/>
        <source>Open a contest</source>
        <translation>打开比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="346"/>
        <location filename="../../ui/console/main_window.py" line="357"/>
        <location filename="../../ui/console/main_window.py" line="378"/>
        <source>Arena contests (*.arena)</source>
        <translation>擂台赛文件 (*.arena)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="357"/>
        <source>Open a backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="366"/>
        <source>Choose the setup (Excel or JSON)</source>
        <translation>选择设置文件（Excel 或 JSON）</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="366"/>
        <source>Setup files (*.xlsx *.json)</source>
        <translation>设置文件 (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="373"/>
        <source>The setup file has problems</source>
        <translation>设置文件有问题</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="378"/>
        <source>Save the new contest as</source>
        <translation>新比赛另存为</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="390"/>
        <source>Cannot create the contest</source>
        <translation>无法创建比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="401"/>
        <source>The demo&apos;s ballots are seeded: the results and the reveal can be tried at once. To try phones, open the practice contest (no scores).</source>
        <translation>演示比赛的评分是预置的：可直接试用结果和揭晓。如需试用手机评分，请打开练习比赛（无评分）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="414"/>
        <source>Save the Excel template</source>
        <translation>保存 Excel 模板</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="419"/>
        <source>Template saved to {path}</source>
        <translation>模板已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="527"/>
        <source>Results (*.xlsx *.csv *.json)</source>
        <translation>结果 (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="534"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="538"/>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="541"/>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="542"/>
        <source>Could not write the file</source>
        <translation>文件写入失败</translation>
    </message>
</context>
<context>
    <name>Missing</name>
    <message>
        <location filename="../../ui/console/missing_text.py" line="19"/>
        <source>{group} has no ballot at all: its weight is left out of this result.</source>
        <translation>{group} 没有任何评分：该组权重不计入本结果。</translation>
    </message>
    <message>
        <location filename="../../ui/console/missing_text.py" line="23"/>
        <source>{group}: under half its reviewers scored; its weight rests on {done} of {eligible}.</source>
        <translation>{group}：评分人数不足一半，该组权重仅由 {eligible} 人中的 {done} 人决定。</translation>
    </message>
    <message>
        <location filename="../../ui/console/missing_text.py" line="27"/>
        <source>{group}: {done} ballot(s) are too few to drop the highest and lowest (needs {needed}); nothing is trimmed.</source>
        <translation>{group}：仅 {done} 张评分，不足以去掉最高分和最低分（需要 {needed} 张），不做去除。</translation>
    </message>
    <message>
        <location filename="../../ui/console/missing_text.py" line="38"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 人</translation>
    </message>
    <message>
        <location filename="../../ui/console/missing_text.py" line="41"/>
        <source>{group}: {done} of {eligible} scored; missing: {names}</source>
        <translation>{group}：{eligible} 人中 {done} 人已评分；未评：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/console/missing_text.py" line="51"/>
        <source>{presenter}: %n ballot(s) missing</source>
        <translation>{presenter}：缺少 %n 张评分表</translation>
    </message>
    <message>
        <location filename="../../ui/console/missing_text.py" line="63"/>
        <source>%n ballot(s) are missing. Close {what} anyway? Late ballots can still be typed in from paper until the contest is closed.</source>
        <translation>缺少 %n 张评分表。仍然关闭{what}吗？在比赛结束之前，迟到的评分仍可按纸质评分表录入。</translation>
    </message>
    <message>
        <location filename="../../ui/console/missing_text.py" line="72"/>
        <source>Ballots are missing</source>
        <translation>评分表缺失</translation>
    </message>
    <message>
        <location filename="../../ui/console/missing_text.py" line="74"/>
        <source>Close anyway</source>
        <translation>仍然关闭</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <location filename="../../ui/console/next_step.py" line="62"/>
        <source>Next: start the contest.</source>
        <translation>下一步：开始比赛。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="63"/>
        <source>Next: start the timer when the presenter begins (F5).</source>
        <translation>下一步：汇报开始时开始计时（F5）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="66"/>
        <source>Next: open scoring when the presentation ends (F6).</source>
        <translation>下一步：汇报结束后开放评分（F6）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="69"/>
        <source>Every ballot is in: close scoring (F6).</source>
        <translation>评分表已全部收齐：关闭评分（F6）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="70"/>
        <source>Next: bring up the next presenter (F7).</source>
        <translation>下一步：请下一位汇报对象上场（F7）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="71"/>
        <source>Everyone has presented: open scoring for all (Ctrl+F6).</source>
        <translation>全部汇报完毕：全部开放评分（Ctrl+F6）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="74"/>
        <source>Every ballot is in: close scoring for all (Ctrl+Shift+F6).</source>
        <translation>评分表已全部收齐：全部关闭评分（Ctrl+Shift+F6）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="77"/>
        <source>Everyone has been scored: close the contest, then reveal the results.</source>
        <translation>全部评分完毕：结束比赛，然后揭晓结果。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="80"/>
        <source>Next: reveal the results step by step (F12).</source>
        <translation>下一步：逐个揭晓结果（F12）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="81"/>
        <source>Every result is revealed: show the final ranking.</source>
        <translation>所有结果已揭晓：显示最终排名。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="84"/>
        <source>The final ranking is on the projector. The PDF report is in the File menu.</source>
        <translation>最终排名已在投影上显示。PDF 报告在“文件”菜单中。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="87"/>
        <source>Scoring is closed: announce this presenter&apos;s score to the room (Alt+F12).</source>
        <translation>评分已结束：请当场亮分（Alt+F12）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="95"/>
        <source>Everyone has presented; %n ballot(s) missing where scoring is closed. Close the contest when you accept that, then reveal the results.</source>
        <translation>全部汇报完毕；已结束评分中缺少 %n 张评分表。确认无误后结束比赛，再揭晓结果。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="106"/>
        <source>%n ballot(s) missing where scoring is closed.</source>
        <translation>已结束评分中缺少 %n 张评分表。</translation>
    </message>
    <message>
        <location filename="../../ui/console/next_step.py" line="93"/>
        <source>Waiting for ballots: %n still missing.</source>
        <translation>等待评分表：还差 %n 张。</translation>
    </message>
</context>
<context>
    <name>NoticeText</name>
    <message>
        <location filename="../../ui/console/notice_text.py" line="16"/>
        <source>{group}: only {n} of {eligible} eligible reviewers scored (below quorum)</source>
        <translation>{group}：应评 {eligible} 人，仅 {n} 人评分（不足半数）</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="19"/>
        <source>{group}: only {n} totals, fewer than {minimum}; not trimmed, all counted</source>
        <translation>{group}：仅 {n} 个评委总分，少于 {minimum} 个，未去掉最高最低分，全部计入</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="22"/>
        <source>{group}: only {n} marks per criterion, fewer than {minimum}; marks not trimmed, all counted</source>
        <translation>{group}：每项仅 {n} 个分数，少于 {minimum} 个，未去掉最高最低分，全部计入</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="24"/>
        <source>{group}: {n} totals, only {kept} kept after trimming</source>
        <translation>{group}：{n} 个评委总分去掉最高最低分后仅保留 {kept} 个</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="26"/>
        <source>{group}: {n} marks per criterion, only {kept} kept after trimming</source>
        <translation>{group}：每项 {n} 个分数去掉最高最低分后仅保留 {kept} 个</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="28"/>
        <source>no scores yet</source>
        <translation>尚无评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="30"/>
        <source>leniency correction is on: each reviewer&apos;s totals are standardised first</source>
        <translation>已启用评委宽严校正：每位评委的总分先标准化再汇总</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="33"/>
        <source>leniency correction works on totals, so totals are trimmed, not marks</source>
        <translation>宽严校正作用于评委总分，因此按总分而非单项去分</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="36"/>
        <source>leniency: {count} reviewer(s) with no spread count as the contest mean</source>
        <translation>宽严校正：{count} 位评委的打分没有差异，其总分按全体平均计</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="38"/>
        <source>{count} mark(s) of incomplete or recused ballots are not counted</source>
        <translation>有 {count} 个单项分属于不完整或回避的评分票，未计入</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="40"/>
        <source>no value for the objective item {item}: not counted for this presenter</source>
        <translation>实绩“{item}”未提供数值，不计入该对象的得分</translation>
    </message>
    <message>
        <location filename="../../ui/console/notice_text.py" line="43"/>
        <source>the group weights ({groups}) and objective weights ({items}) add up to {total}, not 100</source>
        <translation>各评委组权重（{groups}）与实绩权重（{items}）合计 {total}，不是 100</translation>
    </message>
</context>
<context>
    <name>NounText</name>
    <message>
        <location filename="../../ui/console/noun.py" line="12"/>
        <source>Presenter</source>
        <translation>汇报对象</translation>
    </message>
</context>
<context>
    <name>ObjectiveTab</name>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="47"/>
        <source>Import values…</source>
        <translation>导入实绩数值…</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="65"/>
        <source>Objective items (实绩) are scored before the meeting (e.g. by the commerce bureau) and weighted in with the groups. Import them from the Excel template&apos;s 实绩 sheet or a JSON file; they are locked when the contest starts.</source>
        <translation>实绩（客观指标）在会前评定（如由商务局评定），与各评委组得分加权合计。可从 Excel 模板的“实绩”工作表或 JSON 文件导入；比赛开始时锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="70"/>
        <source>This contest has no objective items (实绩). Import a values file to add some.</source>
        <translation>本比赛没有实绩指标。导入数值文件即可添加。</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="76"/>
        <source>{name} ({weight}%, {source})</source>
        <translation>{name}（{weight}%，{source}）</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="96"/>
        <source>locked at the start</source>
        <translation>已于比赛开始时锁定</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="96"/>
        <source>may change until the start</source>
        <translation>比赛开始前仍可修改</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="97"/>
        <source>SHA-256 {hash} ({state})</source>
        <translation>SHA-256 {hash}（{state}）</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="103"/>
        <source>Import objective values</source>
        <translation>导入实绩数值</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="103"/>
        <source>Values (*.xlsx *.json)</source>
        <translation>数值文件 (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="112"/>
        <source>The contest has started: the objective values are locked.</source>
        <translation>比赛已开始，实绩数值已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="115"/>
        <source>Not imported: {reason}</source>
        <translation>未导入：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/console/objective_tab.py" line="117"/>
        <source>Imported from {name}.</source>
        <translation>已从 {name} 导入。</translation>
    </message>
</context>
<context>
    <name>OpenError</name>
    <message>
        <location filename="../../ui/console/open_error_text.py" line="21"/>
        <source>There is no contest file at {file}.</source>
        <translation>{file} 处没有比赛文件。</translation>
    </message>
    <message>
        <location filename="../../ui/console/open_error_text.py" line="23"/>
        <source>{file} was written by a newer version of Arena (file version {version}; this Arena reads up to {supported}). Update Arena to open it.</source>
        <translation>{file} 由较新版本的 Arena 写入（文件版本 {version}；本 Arena 最高可读 {supported}）。请更新 Arena 后再打开。</translation>
    </message>
    <message>
        <location filename="../../ui/console/open_error_text.py" line="29"/>
        <source>{file} is damaged and cannot be read (part of the file is unreadable: a failing disk, an interrupted copy or a removed USB stick).</source>
        <translation>{file} 已损坏，无法读取（文件部分内容不可读：可能是磁盘故障、复制中断或 U 盘被拔出）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/open_error_text.py" line="35"/>
        <source>{file} is not an Arena contest file.</source>
        <translation>{file} 不是 Arena 比赛文件。</translation>
    </message>
    <message>
        <location filename="../../ui/console/open_error_text.py" line="38"/>
        <source>The latest backup of it is {backup}. Open the backup instead?</source>
        <translation>它的最新备份是 {backup}。改为打开该备份吗？</translation>
    </message>
    <message>
        <location filename="../../ui/console/open_error_text.py" line="42"/>
        <source>No backup of it was found beside it (in {folder}).</source>
        <translation>在它旁边（{folder} 文件夹中）没有找到备份。</translation>
    </message>
    <message>
        <location filename="../../ui/console/open_error_text.py" line="52"/>
        <source>Cannot open the contest</source>
        <translation>无法打开比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/open_error_text.py" line="61"/>
        <source>Open the latest backup</source>
        <translation>打开最新备份</translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <location filename="../../ui/console/phase_panel.py" line="48"/>
        <source>Chime at the end of each phase</source>
        <translation>每个环节结束时响铃</translation>
    </message>
    <message>
        <location filename="../../ui/console/phase_panel.py" line="55"/>
        <source>Chime volume</source>
        <translation>铃声音量</translation>
    </message>
    <message>
        <location filename="../../ui/console/phase_panel.py" line="44"/>
        <location filename="../../ui/console/phase_panel.py" line="99"/>
        <source>Phase: {name} ({n} of {count})</source>
        <translation>当前环节：{name}（第 {n} / {count} 个）</translation>
    </message>
    <message>
        <location filename="../../ui/console/phase_panel.py" line="111"/>
        <source>then {name}</source>
        <translation>下一环节：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/console/phase_panel.py" line="114"/>
        <source>scoring opens by itself when the last phase ends</source>
        <translation>最后环节结束时自动开始评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/phase_panel.py" line="117"/>
        <source>scoring closes by itself {minutes} min after it opened</source>
        <translation>评分开始 {minutes} 分钟后自动结束</translation>
    </message>
    <message>
        <location filename="../../ui/console/phase_panel.py" line="132"/>
        <source>Scoring closes by itself in {time}.</source>
        <translation>评分将在 {time} 后自动关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/phase_panel.py" line="134"/>
        <source>%n ballot(s) still missing.</source>
        <translation>
            <numerusform>还差 %n 份评分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/phase_panel.py" line="146"/>
        <source>Scoring for {names} closed by itself on time.</source>
        <translation>「{names}」的评分已按时自动关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/phase_panel.py" line="148"/>
        <source>It closed with %n ballot(s) missing.</source>
        <translation>
            <numerusform>关闭时缺少 %n 份评分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceBoard</name>
    <message>
        <location filename="../../ui/console/presence_board.py" line="52"/>
        <source>Off</source>
        <translation>不签字</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="53"/>
        <source>After the contest is closed</source>
        <translation>全部评分结束后</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="54"/>
        <source>After each presenter&apos;s scoring is closed</source>
        <translation>每个对象评分关闭后</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="59"/>
        <source>The projector&apos;s welcome lists who has checked in</source>
        <translation>投影欢迎页列出已签到评委的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="61"/>
        <source>Reviewers sign their scores on the phone:</source>
        <translation>评委在手机上签字确认：</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="69"/>
        <source>Group</source>
        <translation>评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="69"/>
        <source>Reviewer</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="69"/>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="69"/>
        <source>Signed</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="77"/>
        <source>Checking in is pressing 签到 on the reviewer&apos;s own page; it is not needed to score. A signature confirms the reviewer&apos;s own ballots; a score the host corrects afterwards marks it as signed before the correction.</source>
        <translation>签到即评委在本人页面上点击“签到”；未签到也可以评分。签字确认的是评委本人的评分；签字后主持人修改的评分会标为“签字在修改之前”。</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="134"/>
        <source>%1: %2/%3 checked in</source>
        <translation>%1：%2/%3 已签到</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="138"/>
        <source>, %1/%2 signed</source>
        <translation>，%1/%2 已签字</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="144"/>
        <source>waiting</source>
        <translation>待签字</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="147"/>
        <source>%1 presenter(s) signed</source>
        <translation>已签 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="149"/>
        <source>signed at %1</source>
        <translation>%1 已签字</translation>
    </message>
    <message>
        <location filename="../../ui/console/presence_board.py" line="151"/>
        <source>signed before a correction by the host</source>
        <translation>签字在主持人修改之前</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../ui/console/problem_text.py" line="23"/>
        <location filename="../../ui/console/problem_text.py" line="122"/>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="28"/>
        <source>the list is empty: at least one row is needed</source>
        <translation>列表为空：至少需要一行</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="24"/>
        <location filename="../../ui/console/problem_text.py" line="123"/>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="25"/>
        <location filename="../../ui/console/problem_text.py" line="108"/>
        <source>must be a positive number, not {value}</source>
        <translation>必须是正数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="26"/>
        <source>the step {step} does not divide the maximum {max}</source>
        <translation>步长 {step} 不能整除满分 {max}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="27"/>
        <source>the name “{name}” is used twice (also row {other})</source>
        <translation>名称“{name}”重复（另见第 {other} 行）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="29"/>
        <source>must be a list of rows</source>
        <translation>必须是由若干行组成的列表</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="30"/>
        <source>must be a set of named values</source>
        <translation>必须是若干项具名的设置</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="32"/>
        <source>this is not a contest setup (title, criteria, groups, reviewers and presenters)</source>
        <translation>这不是比赛设置（应包含标题、评分标准、评委组、评委和汇报对象）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="34"/>
        <source>must be one of {choices}, not “{value}”</source>
        <translation>必须是 {choices} 之一，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="35"/>
        <source>must be a whole number of at least 1, not “{value}”</source>
        <translation>必须是不小于 1 的整数，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="36"/>
        <source>must be a whole number, not “{value}”</source>
        <translation>必须是整数，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="37"/>
        <source>no group is called “{name}”</source>
        <translation>没有名为“{name}”的评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="38"/>
        <source>no presenter is called “{name}”</source>
        <translation>没有名为“{name}”的汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="40"/>
        <source>“{text}” can be read as more than one list of presenters ({readings}): give them as a list</source>
        <translation>“{text}”可以理解为不同的汇报对象名单（{readings}）：请改用列表形式逐个填写</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="42"/>
        <source>the tie-break rule “{rule}” names no current group or criterion</source>
        <translation>同分决胜规则“{rule}”所指的评委组或评分项已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="43"/>
        <source>write the rounding stages like total:1; final:2</source>
        <translation>取舍规则应写成 total:1; final:2 这样的形式</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="44"/>
        <source>rounding stage {stage} is not in the form stage:decimals[:rule]</source>
        <translation>第 {stage} 条取舍规则的格式应为 环节:小数位数[:规则]</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="45"/>
        <source>rounding stage {stage}: “{name}” is not one of {choices}</source>
        <translation>第 {stage} 条取舍规则：“{name}”不是 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="47"/>
        <source>rounding stage {stage}: the rule “{rule}” is not one of {choices}</source>
        <translation>第 {stage} 条取舍规则：规则“{rule}”不是 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="50"/>
        <source>rounding stage {stage}: the decimals must be a whole number from 0 to {max}</source>
        <translation>第 {stage} 条取舍规则：小数位数必须是 0 到 {max} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="52"/>
        <source>rounding stage {stage}: {name} is named twice</source>
        <translation>第 {stage} 条取舍规则：环节 {name} 重复</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="53"/>
        <source>rounding stages cannot be combined with leniency correction</source>
        <translation>取舍规则不能与评委宽严校正同时使用</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="55"/>
        <source>the criterion and weighted stages need each criterion&apos;s marks trimmed separately</source>
        <translation>“每项指标”和“加权分”取舍环节需要按每项指标分别去分</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="58"/>
        <source>a reviewer&apos;s total does not enter the score when each criterion is trimmed on its own</source>
        <translation>按每项指标分别去分时，评委总分不参与计算，不能在此环节取舍</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="60"/>
        <source>must be at least {minimum} to drop {trim} at each end</source>
        <translation>至少为 {minimum}，才能在两端各去掉 {trim} 个</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="61"/>
        <source>leniency correction works on the 0-100 scale only</source>
        <translation>评委宽严校正只适用于百分制</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="62"/>
        <location filename="../../ui/console/problem_text.py" line="97"/>
        <source>{path}: there is no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="63"/>
        <source>{path}: a setup is an Excel (.xlsx) or JSON file</source>
        <translation>{path}：比赛设置应为 Excel（.xlsx）或 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="64"/>
        <source>{path}: not a valid JSON file ({detail})</source>
        <translation>{path}：不是有效的 JSON 文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="65"/>
        <source>{path}: not a readable Excel workbook ({detail})</source>
        <translation>{path}：无法读取的 Excel 工作簿（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="66"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="67"/>
        <source>{path} already exists: choose another name</source>
        <translation>{path} 已存在：请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="68"/>
        <source>criterion {name} already has scores and cannot be removed</source>
        <translation>评分项 {name} 已有评分，不能删除</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="70"/>
        <source>criterion {name} already has scores: its maximum and step cannot change</source>
        <translation>评分项 {name} 已有评分：满分和步长不能修改</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="72"/>
        <location filename="../../ui/console/problem_text.py" line="73"/>
        <source>{name} already has ballots and cannot be removed</source>
        <translation>{name} 已有评分表，不能删除</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="74"/>
        <source>{reviewer} already scored {presenter}: the recusal cannot be added</source>
        <translation>{reviewer} 已为 {presenter} 评分：不能再设为回避</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="76"/>
        <source>the contest is closed: only the contest details (title, date, venue, organizer) can still be corrected; refused: {refused}</source>
        <translation>比赛已结束：只能更正比赛信息（标题、日期、地点、主办单位）；以下修改被拒绝：{refused}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="79"/>
        <source>{path}: not UTF-8 text</source>
        <translation>{path}：不是 UTF-8 编码的文本</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="80"/>
        <source>{path}: the first row must be exactly {columns}</source>
        <translation>{path}：第一行必须正好是 {columns}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="81"/>
        <source>{path}: there are no scores in the file</source>
        <translation>{path}：文件中没有分数</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="82"/>
        <source>a second mark for {reviewer} / {presenter} / {criterion}</source>
        <translation>{reviewer} / {presenter} / {criterion} 的分数重复出现</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="83"/>
        <source>{path}: export to an Excel (.xlsx), CSV or JSON file</source>
        <translation>{path}：请导出为 Excel（.xlsx）、CSV 或 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="84"/>
        <source>{path}: the recount workbook is an Excel (.xlsx) file</source>
        <translation>{path}：复核工作簿应为 Excel（.xlsx）文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="86"/>
        <source>the recount workbook cannot express leniency correction as formulas</source>
        <translation>复核工作簿无法用公式表达评委宽严校正</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="88"/>
        <source>{path}: there is no such folder</source>
        <translation>{path}：文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="89"/>
        <source>{path} is a folder</source>
        <translation>{path} 是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="90"/>
        <source>the contest has no reviewers yet, so there are no cards to print</source>
        <translation>比赛还没有评委，没有可打印的评委卡片</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="91"/>
        <source>the criteria&apos;s weights and steps are too fine-grained to add up exactly</source>
        <translation>评分项的权重和步长过于精细，无法精确累加</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="92"/>
        <source>the contest file&apos;s row numbers are too large to tally</source>
        <translation>比赛文件中的行编号过大，无法计分</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="93"/>
        <source>{path}: the output must be a {suffixes} file</source>
        <translation>{path}：输出文件应为 {suffixes} 文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="94"/>
        <source>“{base}”: give a full address such as http://192.168.1.20:8700</source>
        <translation>“{base}”：请填写完整地址，例如 http://192.168.1.20:8700</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="95"/>
        <source>the address must start with http:// or https:// (not “{base}”)</source>
        <translation>地址必须以 http:// 或 https:// 开头（而不是“{base}”）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="96"/>
        <source>the port cannot be opened ({detail})</source>
        <translation>无法打开端口（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="98"/>
        <source>{path}: not a PDF file</source>
        <translation>{path}：不是 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="99"/>
        <source>{path}: not a readable PDF ({detail})</source>
        <translation>{path}：无法读取的 PDF（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="101"/>
        <source>this laptop has no network address that phones could reach: join the room&apos;s Wi-Fi (or start the laptop&apos;s hotspot) and try again</source>
        <translation>本机没有手机可以访问的网络地址：请连接会场 Wi-Fi（或打开本机热点）后重试</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="106"/>
        <source>must be an object</source>
        <translation>须为对象（键值表）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="107"/>
        <source>“{name}” is also the name of a panel group</source>
        <translation>“{name}”与某个评委组重名</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="110"/>
        <source>must be same, rating, vote or a list of criterion names, not {value}</source>
        <translation>须为 same（同评委表）、rating（1–10 打分）、vote（投票）或评分项目名称列表，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="112"/>
        <source>there is no criterion “{name}”</source>
        <translation>没有名为“{name}”的评分项目</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="113"/>
        <source>must be mean, mean_top or votes_top, not {value}</source>
        <translation>须为 mean（平均）、mean_top（平均后最高者折算为满分）或 votes_top（得票折算，最高者为满分），而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="115"/>
        <source>the vote ballot goes with the votes_top aggregate, and votes_top with it</source>
        <translation>投票（vote）须与 votes_top 汇总方式配合使用，反之亦然</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="117"/>
        <source>must be a whole number from 1 to {most}, not {value}</source>
        <translation>须为 1 到 {most} 之间的整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="118"/>
        <source>must be a whole number of at least 1, not {value}</source>
        <translation>须为不小于 1 的整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="119"/>
        <source>must be open or seats, not {value}</source>
        <translation>须为 open（扫码加入）或 seats（座位码），而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="121"/>
        <source>must be a list of objective items</source>
        <translation>须为实绩项目列表</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="124"/>
        <source>must be a positive number of percent, not {value}</source>
        <translation>须为正的百分数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="125"/>
        <source>must be score, linear or rank, not “{value}”</source>
        <translation>须为 score（分数）、linear（线性）或 rank（名次），而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="126"/>
        <source>must be higher or lower, not “{value}”</source>
        <translation>须为 higher（越高越好）或 lower（越低越好），而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="127"/>
        <source>the objective item “{name}” is listed twice</source>
        <translation>实绩项目“{name}”重复</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="128"/>
        <source>there is no presenter “{name}”</source>
        <translation>没有名为“{name}”的汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="129"/>
        <source>{presenter}: {value} is outside 0 to {full} (rule: score)</source>
        <translation>{presenter}：{value} 不在 0 到 {full} 之间（规则：分数）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="130"/>
        <source>{presenter}: {value} is outside the linear range {low} to {high}</source>
        <translation>{presenter}：{value} 超出线性换算范围 {low} 到 {high}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="132"/>
        <source>the linear range is empty: the lowest and highest value are both {value}</source>
        <translation>线性换算范围为空：最低值和最高值都是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="135"/>
        <source>the group weights ({groups}) and objective weights ({items}) add up to {total}, not 100</source>
        <translation>评委组权重（{groups}）与实绩权重（{items}）合计 {total}，不是 100</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="138"/>
        <source>draw {number} set the order of the presenters: cancel it before adding, removing or moving one</source>
        <translation>第 {number} 次抽签已确定汇报顺序：增删或调整汇报对象前，请先作废该次抽签</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="140"/>
        <source>{path}: a values file is a .json or .xlsx file</source>
        <translation>{path}：实绩数值文件须为 .json 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="142"/>
        <source>“{raw}” is not a list of phases (for example: 陈述 5, 答询 5)</source>
        <translation>“{raw}”不是环节列表（例如：陈述 5, 答询 5）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="144"/>
        <source>phase {index}: “{raw}” is not a name and minutes (for example: 陈述 5)</source>
        <translation>第 {index} 个环节：“{raw}”不是“名称 分钟数”（例如：陈述 5）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="146"/>
        <source>phase {index} has no name</source>
        <translation>第 {index} 个环节没有名称</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="148"/>
        <source>phase {index}: “{raw}” is not a number of minutes above 0 and at most 600</source>
        <translation>第 {index} 个环节：“{raw}”不是大于 0、不超过 600 的分钟数</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="150"/>
        <source>{count} phases: at most {maximum}</source>
        <translation>共 {count} 个环节，最多 {maximum} 个</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="151"/>
        <source>“{raw}” is not a whole number of minutes from 0 to 600</source>
        <translation>“{raw}”不是 0 到 600 之间的整分钟数</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="153"/>
        <source>must be off, at_end or after_each, not “{value}”</source>
        <translation>须为 off（不签字）、at_end（比赛结束后签字）或 after_each（每位汇报评分结束后签字），而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="154"/>
        <source>must be yes or no, not “{value}”</source>
        <translation>须为“是”或“否”，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="159"/>
        <source>Contest</source>
        <translation>比赛信息</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="160"/>
        <source>Scoring rules</source>
        <translation>计分规则</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="161"/>
        <source>Criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="162"/>
        <source>Groups</source>
        <translation>评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="163"/>
        <source>Reviewers</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="164"/>
        <source>Presenters</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="165"/>
        <source>Audience</source>
        <translation>大众评审</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="166"/>
        <source>Objective items (实绩)</source>
        <translation>实绩</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="172"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="173"/>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="174"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="175"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="176"/>
        <source>Group</source>
        <translation>评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="177"/>
        <source>Title (position)</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="177"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="178"/>
        <source>Recused from</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="179"/>
        <source>Speaker</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="180"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="181"/>
        <source>Minutes</source>
        <translation>时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="182"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="183"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="184"/>
        <source>Organizer</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="185"/>
        <source>What is presented</source>
        <translation>汇报对象称谓</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="186"/>
        <source>Method</source>
        <translation>计分方法</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="187"/>
        <source>Drop at each end</source>
        <translation>去掉最高最低各几个</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="188"/>
        <source>Trim level</source>
        <translation>去分层级</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="189"/>
        <source>Tie-break order</source>
        <translation>同分决胜规则</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="190"/>
        <source>Ballot mode</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="191"/>
        <source>Rounding stages</source>
        <translation>取舍规则</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="192"/>
        <source>Trim only from</source>
        <translation>最少几人才去分</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="193"/>
        <source>Full score</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="194"/>
        <source>Reveal</source>
        <translation>亮分方式</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="195"/>
        <source>Announce every total</source>
        <translation>亮分显示每位评委总分</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="196"/>
        <source>Announce the ranking so far</source>
        <translation>亮分显示当前排名</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="197"/>
        <source>Phases (name minutes, …)</source>
        <translation>环节（名称 分钟，…）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="198"/>
        <source>Open scoring when the last phase ends</source>
        <translation>最后环节结束自动开始评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="199"/>
        <source>Close scoring after (minutes)</source>
        <translation>评分开始几分钟后自动结束</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="200"/>
        <source>Comments</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="201"/>
        <source>Outlier question from (points)</source>
        <translation>畸高畸低提示分差</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="202"/>
        <source>The question names the median</source>
        <translation>提示时显示中位数</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="203"/>
        <source>Audience ballot</source>
        <translation>大众评审评分方式</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="204"/>
        <source>Audience aggregate</source>
        <translation>大众评审汇总方式</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="205"/>
        <source>How the audience joins</source>
        <translation>大众评审加入方式</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="206"/>
        <source>Most audience phones</source>
        <translation>大众评审人数上限</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="207"/>
        <source>Votes per phone</source>
        <translation>每台手机票数</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="208"/>
        <source>Signing on the phone</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="209"/>
        <source>Welcome lists checked-in names</source>
        <translation>欢迎页显示签到名单</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="218"/>
        <source>{file}, line {line}</source>
        <translation>{file} 第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="221"/>
        <source>sheet “{sheet}”, row {row}, {column}</source>
        <translation>工作表“{sheet}”第 {row} 行“{column}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="225"/>
        <source>sheet “{sheet}”, row {row}</source>
        <translation>工作表“{sheet}”第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="227"/>
        <source>sheet “{sheet}”, {column}</source>
        <translation>工作表“{sheet}”的“{column}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="228"/>
        <source>sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="232"/>
        <source>{list} row {row}, {column}</source>
        <translation>{list}第 {row} 行“{column}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="235"/>
        <source>{list} row {row}</source>
        <translation>{list}第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="239"/>
        <source>{list}, {column}</source>
        <translation>{list}“{column}”</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="251"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="255"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="266"/>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
</context>
<context>
    <name>ProvisionalResults</name>
    <message>
        <location filename="../../ui/console/results.py" line="46"/>
        <source>Show provisional results (this screen only)</source>
        <translation>显示临时结果（仅本屏幕）</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="81"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="81"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="81"/>
        <source>Ballots</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="81"/>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="117"/>
        <source>The results could not be computed: {error}</source>
        <translation>无法计算结果：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="104"/>
        <source>Provisional results appear here once the scoring module is installed.</source>
        <translation>安装计分模块后，此处显示临时结果。</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="134"/>
        <source>Final results (the contest is closed).</source>
        <translation>最终结果（比赛已结束）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="136"/>
        <source>Provisional: scores are still coming in.</source>
        <translation>临时结果：评分仍在进行中。</translation>
    </message>
</context>
<context>
    <name>ProxyBallotDialog</name>
    <message>
        <location filename="../../ui/console/proxy.py" line="49"/>
        <source>Enter a paper ballot</source>
        <translation>代录纸质评分表</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="52"/>
        <source>For a reviewer without a phone. The ballot is recorded as entered by the host.</source>
        <translation>用于没有手机的评委。该评分表记录为主持人代录。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="64"/>
        <source>Reviewer</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="68"/>
        <source>0 to {max}, step {step}</source>
        <translation>0 到 {max}，步长 {step}</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="72"/>
        <source>e.g. paper form no. 12</source>
        <translation>例如：纸质表第 12 号</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="73"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="102"/>
        <source>{name}（{group}）— has a ballot</source>
        <translation>{name}（{group}）— 已有评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="108"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/proxy.py" line="110"/>
        <source>Still missing for {presenter} (%n): {names}</source>
        <translation>
            <numerusform>{presenter} 尚未评分（%n 人）：{names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="116"/>
        <source>Every reviewer has a ballot for {presenter}.</source>
        <translation>所有评委都已为 {presenter} 评分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="135"/>
        <source>Already submitted by phone at {time}; entering replaces it.</source>
        <translation>已于 {time} 通过手机提交；录入将替换它。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="136"/>
        <source>Already has a ballot (entered at {time}); entering replaces it.</source>
        <translation>已有评分（{time} 录入）；录入将替换它。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="148"/>
        <source>Enter a mark for {criteria}: a blank field is not a zero.</source>
        <translation>请为 {criteria} 填写分数：空白不等于零分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="171"/>
        <source>Replace a ballot</source>
        <translation>替换评分表</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="172"/>
        <source>Save the paper ballot in its place?</source>
        <translation>用这张纸质评分表替换它吗？</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="173"/>
        <source>Replace it</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>RefusalText</name>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="19"/>
        <source>{criterion}: “{value}” is not a number</source>
        <translation>{criterion}：“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="20"/>
        <source>{criterion}: {value} is outside 0 to {max}</source>
        <translation>{criterion}：{value} 不在 0 到 {max} 之间</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="21"/>
        <source>{criterion}: {value} is not a multiple of its step {step}</source>
        <translation>{criterion}：{value} 不是其步长 {step} 的整数倍</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="22"/>
        <source>There is no criterion called “{key}”</source>
        <translation>没有名为“{key}”的评分项</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="23"/>
        <source>{criterion} is given twice</source>
        <translation>{criterion} 填写了两次</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="24"/>
        <source>No mark for {criteria}</source>
        <translation>以下评分项没有打分：{criteria}</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="30"/>
        <source>{reviewer} is recused from scoring {presenter}: choose another reviewer</source>
        <translation>{reviewer} 须回避 {presenter}，不能为其打分：请选择其他评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="31"/>
        <source>The contest is closed: the scores are frozen and no ballot can be entered</source>
        <translation>比赛已结束：分数已冻结，不能再录入评分表</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="32"/>
        <source>This ballot was already recorded with other marks; enter it again</source>
        <translation>这张评分表已用其他分数记录过，请重新录入</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="33"/>
        <source>A mark is not a number</source>
        <translation>有一项分数不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="34"/>
        <source>A mark is outside its criterion&apos;s range</source>
        <translation>有一项分数超出了该评分项的范围</translation>
    </message>
    <message>
        <location filename="../../ui/console/refusal_text.py" line="35"/>
        <source>A mark is not a multiple of its criterion&apos;s step</source>
        <translation>有一项分数不是该评分项步长的整数倍</translation>
    </message>
</context>
<context>
    <name>RevealPanel</name>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="27"/>
        <source>Reveal (for you, not on the projector)</source>
        <translation>揭晓（仅供您查看，不上投影）</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="37"/>
        <source>Show the final ranking</source>
        <translation>显示最终排名</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="50"/>
        <source>Counting the results…</source>
        <translation>正在计算结果…</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="55"/>
        <source>Nothing to reveal yet: no presenter has a result.</source>
        <translation>暂无可揭晓的结果：还没有汇报对象有得分。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/reveal_panel.py" line="60"/>
        <source>%n of {total} revealed.</source>
        <translation>
            <numerusform>已揭晓 %n / {total}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="63"/>
        <source>Next to reveal (F12):
No. {rank} {name} {score}</source>
        <translation>下一个揭晓（F12）：
第{rank}名 {name} {score}</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="67"/>
        <source>Provisional: the contest is still open.</source>
        <translation>暂定结果：比赛仍在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="70"/>
        <source>The final ranking is on the projector.</source>
        <translation>最终排名已在投影上显示。</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="72"/>
        <source>Every result is revealed. Next: show the final ranking.</source>
        <translation>所有结果已揭晓。下一步：显示最终排名。</translation>
    </message>
</context>
<context>
    <name>ReviewFields</name>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="33"/>
        <source>No comments</source>
        <translation>不收评语</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="33"/>
        <source>Optional comment</source>
        <translation>评语选填</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="33"/>
        <source>Comment required</source>
        <translation>评语必填</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="36"/>
        <source>A comment of up to 500 characters under the marks on the phone</source>
        <translation>评委在手机上分数下方填写评语，最多 500 字</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="41"/>
        <source>Never ask</source>
        <translation>不提示</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="42"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="45"/>
        <source>The phone asks the reviewer to confirm a total further than this from the median of the others&apos; totals for that presenter (an optional reason; it never blocks)</source>
        <translation>评委总分与其他评委对该对象已交总分的中位数相差超过此分数时，手机提示确认（可填理由，不阻止提交）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="50"/>
        <source>The question may name the median</source>
        <translation>提示中显示中位数</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="58"/>
        <source>Reviewers&apos; comments</source>
        <translation>评委评语</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_review_options.py" line="59"/>
        <source>Ask to confirm a total beyond</source>
        <translation>畸高畸低提示分差</translation>
    </message>
</context>
<context>
    <name>RoomCheck</name>
    <message>
        <location filename="../../ui/console/room_check.py" line="26"/>
        <source>Can phones reach this laptop?</source>
        <translation>手机能连上这台电脑吗？</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="43"/>
        <source>&lt;b&gt;No phone has reached the server yet.&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Venue Wi-Fi often keeps devices apart (client isolation): start this laptop&apos;s own hotspot and have the phones join it.&lt;/li&gt;&lt;li&gt;A firewall may block the port: allow Arena when the system asks, or open the port.&lt;/li&gt;&lt;li&gt;The phones must be on the same network as this laptop (not mobile data, not a guest network).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;还没有手机连上服务器。&lt;/b&gt;&lt;ul&gt;&lt;li&gt;会场 Wi-Fi 常会隔离设备（客户端隔离）：请开启这台电脑的热点，让手机连接它。&lt;/li&gt;&lt;li&gt;防火墙可能拦截了端口：系统询问时请允许 Arena，或放行该端口。&lt;/li&gt;&lt;li&gt;手机必须与这台电脑在同一网络（不是移动数据，也不是访客网络）。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="97"/>
        <source>{address} (this laptop)</source>
        <translation>{address}（本机）</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="100"/>
        <source>Reached from: {addresses}</source>
        <translation>已连上的地址：{addresses}</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="100"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/room_check.py" line="102"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="107"/>
        <source>Start the server, then scan this test code with a phone.</source>
        <translation>启动服务器后，用手机扫描这个测试码。</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="109"/>
        <source>A phone has reached the server: the room&apos;s network works.</source>
        <translation>已有手机连上服务器：会场网络正常。</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="113"/>
        <source>Test from a phone: scan this code on the room&apos;s Wi-Fi; the page should open at once.</source>
        <translation>用手机测试：连上会场 Wi-Fi 后扫描此码，页面应立即打开。</translation>
    </message>
</context>
<context>
    <name>RuleBookFields</name>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="32"/>
        <source>2k + 1 (default)</source>
        <translation>2k + 1（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="33"/>
        <source>Groups with fewer totals (or marks) than this are not trimmed</source>
        <translation>有效分数少于此数的组不去掉最高最低分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="36"/>
        <source>none: exact to the end (e.g. total:1; final:2)</source>
        <translation>留空：全程精确计算（例如 total:1; final:2）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="39"/>
        <source>stage:decimals[:rule]; stages total, criterion, weighted, group, final; rules half_up (default), half_even, down</source>
        <translation>环节:小数位数[:规则]；环节 total（评委总分）、criterion（每项指标）、weighted（加权分）、group（组得分）、final（最后得分）；规则 half_up（四舍五入，默认）、half_even（四舍六入五成双）、down（舍去）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="51"/>
        <source>Trim only from</source>
        <translation>至少几个分数才去分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="52"/>
        <source>Rounding stages</source>
        <translation>取舍规则</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="54"/>
        <source>Full score</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="99"/>
        <source>Exact to the end; the published score is rounded half up to two decimals.</source>
        <translation>全程精确计算；公布的得分保留两位小数，四舍五入。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="101"/>
        <source>each reviewer&apos;s total</source>
        <translation>每位评委总分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="102"/>
        <source>each criterion&apos;s aggregate</source>
        <translation>每项指标去分后平均分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="103"/>
        <source>each criterion&apos;s weighted value</source>
        <translation>每项指标加权分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="104"/>
        <source>each group&apos;s score</source>
        <translation>各组得分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="105"/>
        <source>the final score</source>
        <translation>最后得分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="108"/>
        <source>half up</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="109"/>
        <source>half to even</source>
        <translation>四舍六入五成双</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="110"/>
        <source>toward zero</source>
        <translation>舍去多余位数</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="112"/>
        <source>{stage} to {decimals} decimal(s), {rule}</source>
        <translation>{stage}保留 {decimals} 位小数，{rule}</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rule_book.py" line="113"/>
        <source>; </source>
        <comment>between rounding stages</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>SetupEditor</name>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="93"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="93"/>
        <source>Max points</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="93"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="93"/>
        <location filename="../../ui/console/setup_editor.py" line="94"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="94"/>
        <location filename="../../ui/console/setup_editor.py" line="95"/>
        <source>Group</source>
        <translation>评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="95"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="138"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="97"/>
        <source>Presenter</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="76"/>
        <source>The contest is closed and its results are final: criteria, groups, reviewers, recusals, presenters and the scoring method can no longer change. Only the contest details (title, date, venue, organizer) can still be corrected; each correction is written to the session log.</source>
        <translation>比赛已结束，结果已经确定：评分标准、评委组、评委、回避、汇报对象和计分方法都不能再修改。只有比赛信息（标题、日期、地点、主办单位）仍可更正，每次更正都会记入会议日志。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="95"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="98"/>
        <source>Speaker</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="99"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="100"/>
        <source>Minutes</source>
        <translation>时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="101"/>
        <source>Phases (name minutes, …)</source>
        <translation>环节（名称 分钟，…）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="105"/>
        <source>Criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="106"/>
        <source>Groups</source>
        <translation>评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="107"/>
        <source>Reviewers</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="108"/>
        <source>Presenters (queue order)</source>
        <translation>汇报对象（出场顺序）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="114"/>
        <source>Recusals</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="117"/>
        <source>Tie-break order</source>
        <translation>同分决胜规则</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="121"/>
        <source>Objective (实绩)</source>
        <translation>实绩</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="139"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="140"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="141"/>
        <source>Organizer</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="142"/>
        <source>What is presented (e.g. 产业链, 项目, 选手)</source>
        <translation>汇报对象称谓（如 产业链、项目、选手）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="152"/>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="152"/>
        <source>Trimmed mean (drop highest and lowest)</source>
        <translation>去掉最高最低后平均</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="152"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="159"/>
        <source>Score each presenter in turn</source>
        <translation>逐个评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="159"/>
        <source>Score everyone at the end</source>
        <translation>最后统一评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="164"/>
        <source>Each reviewer&apos;s total</source>
        <translation>每位评委的总分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="164"/>
        <source>Each criterion&apos;s marks separately</source>
        <translation>各评分项分别去掉</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="167"/>
        <source>Leniency correction</source>
        <translation>宽严校正</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="170"/>
        <source>Standardises each reviewer&apos;s totals before averaging, so a strict and a generous reviewer weigh the same; results are labelled as corrected.</source>
        <translation>先把每位评委的总分标准化再平均，使打分严和打分松的评委分量相同；结果会标明已校正。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="179"/>
        <source>Method</source>
        <translation>计分方法</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="180"/>
        <source>Drop highest/lowest</source>
        <translation>去掉最高/最低各</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="181"/>
        <source>What is trimmed</source>
        <translation>去掉的对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="183"/>
        <source>How reviewers score</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="200"/>
        <source>Reveal all at the end, last place first</source>
        <translation>最后统一揭晓（从最后一名开始）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="200"/>
        <source>Announce each score once scored</source>
        <translation>每位汇报评分结束后当场亮分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="203"/>
        <source>Show every reviewer&apos;s total</source>
        <translation>亮分时显示每位评委的总分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="205"/>
        <source>Off: the announcement shows only the dropped highest and lowest and the final score.</source>
        <translation>不勾选时，亮分只显示去掉的最高分、最低分和最后得分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="207"/>
        <source>Show the ranking so far</source>
        <translation>亮分后显示当前排名</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="212"/>
        <source>Announcing results</source>
        <translation>公布结果</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="229"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="230"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="231"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="232"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="244"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="246"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="256"/>
        <source>Import Excel or JSON…</source>
        <translation>导入 Excel 或 JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="257"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="258"/>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="266"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="268"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="383"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="412"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="422"/>
        <source>Remove rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="429"/>
        <source>Move rows</source>
        <translation>移动行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/setup_editor.py" line="471"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>保存前需修正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="486"/>
        <source>Correct the details of a closed contest</source>
        <translation>更正已结束比赛的信息</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="488"/>
        <source>The contest is closed. Save the corrected contest details? The correction is written to the session log with the values before and after.</source>
        <translation>比赛已结束。确定保存更正后的比赛信息？更正前后的内容都会记入会议日志。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="497"/>
        <source>Change a contest that has scores</source>
        <translation>修改已有评分的比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="499"/>
        <source>This contest already has scores. Save these changes? They are written to the session log; changes that would alter a recorded score are refused.</source>
        <translation>此比赛已有评分。确定保存这些修改？修改将记入会议日志；会改变已记录分数含义的修改将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="509"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="512"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="519"/>
        <source>Import a setup</source>
        <translation>导入设置</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="519"/>
        <source>Setup files (*.xlsx *.json)</source>
        <translation>设置文件 (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="526"/>
        <source>The setup file has problems</source>
        <translation>设置文件有问题</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="528"/>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="539"/>
        <source>Fix the problems before exporting.</source>
        <translation>请先修正问题再导出。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="543"/>
        <source>Export the setup</source>
        <translation>导出设置</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="547"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="25"/>
        <source>Next presenter</source>
        <translation>下一位</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="30"/>
        <source>Start / pause the timer</source>
        <translation>开始 / 暂停计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="32"/>
        <source>Extend the timer</source>
        <translation>延长计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="34"/>
        <source>Reset the timer</source>
        <translation>重置计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="39"/>
        <source>Open / close scoring for the current presenter</source>
        <translation>开放 / 关闭当前汇报对象的评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="44"/>
        <source>Open scoring for every presenter</source>
        <translation>开放全部汇报对象的评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="49"/>
        <source>Close scoring for every presenter</source>
        <translation>关闭全部汇报对象的评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="56"/>
        <source>Announce the current presenter&apos;s score (asks first)</source>
        <translation>当场亮分：公布当前汇报的得分（先确认）</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="58"/>
        <source>Reveal the next result</source>
        <translation>揭晓下一项结果</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="60"/>
        <source>Step the reveal back</source>
        <translation>揭晓后退一步</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="65"/>
        <source>Explain the revealed score on the projector / hide it</source>
        <translation>在投影上显示 / 隐藏已揭晓得分的说明</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="68"/>
        <source>Show / hide the projector</source>
        <translation>显示 / 隐藏投影</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="78"/>
        <source>New contest from a setup file</source>
        <translation>从设置文件新建比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="80"/>
        <source>Open a contest file</source>
        <translation>打开比赛文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="81"/>
        <source>Undo a setup edit</source>
        <translation>撤销设置修改</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="83"/>
        <source>Redo a setup edit</source>
        <translation>重做设置修改</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="85"/>
        <source>Show / hide this help</source>
        <translation>显示 / 隐藏本帮助</translation>
    </message>
    <message>
        <location filename="../../ui/console/shortcuts.py" line="86"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/console/start_page.py" line="39"/>
        <source>Arena — live scoring contest</source>
        <translation>擂台赛——现场评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/start_page.py" line="48"/>
        <source>Set up the contest from the Excel template, give each reviewer their link, then run the queue: reviewers score on their phones and the result is ready the moment the last score arrives.</source>
        <translation>用 Excel 模板设置比赛，把个人链接发给每位评委，然后按顺序进行：评委用手机评分，最后一份评分到达时结果即刻生成。</translation>
    </message>
    <message>
        <location filename="../../ui/console/start_page.py" line="57"/>
        <source>The day&apos;s steps: 1. Setup (check the lists)  →  2. Reviewer access: start the server on the room&apos;s network address  →  3. Print the cards  →  4. Projector: F9 (full screen on the second screen)  →  5. Live session: start the contest.</source>
        <translation>会议当天的步骤：1. 设置（核对名单）  →  2. 评委入口：在会场网络地址上启动服务器  →  3. 打印评委卡  →  4. 投影：F9（在第二块屏幕上全屏）  →  5. 现场：开始比赛。</translation>
    </message>
    <message>
        <location filename="../../ui/console/start_page.py" line="68"/>
        <source>Recent contests (double-click to open):</source>
        <translation>最近的比赛（双击打开）：</translation>
    </message>
    <message>
        <location filename="../../ui/console/start_page.py" line="78"/>
        <source>New contest from a setup…</source>
        <translation>从设置文件新建比赛…</translation>
    </message>
    <message>
        <location filename="../../ui/console/start_page.py" line="79"/>
        <source>Open a contest file…</source>
        <translation>打开比赛文件…</translation>
    </message>
    <message>
        <location filename="../../ui/console/start_page.py" line="81"/>
        <source>Practice contest (no scores, to try phones)</source>
        <translation>练习比赛（无评分，用于试用手机）</translation>
    </message>
    <message>
        <location filename="../../ui/console/start_page.py" line="85"/>
        <source>Demo with scores (ballots seeded)</source>
        <translation>带评分的演示（已预置评分）</translation>
    </message>
    <message>
        <location filename="../../ui/console/start_page.py" line="86"/>
        <source>Save the Excel template…</source>
        <translation>保存 Excel 模板…</translation>
    </message>
    <message>
        <location filename="../../ui/console/start_page.py" line="104"/>
        <source>No contest opened yet.</source>
        <translation>尚未打开过比赛。</translation>
    </message>
</context>
<context>
    <name>StorageAlarm</name>
    <message>
        <location filename="../../ui/console/storage_alarm.py" line="24"/>
        <source>Disk full: ballots are NOT being saved. Free some disk space now.</source>
        <translation>磁盘已满：评分未能保存！请立即释放磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../ui/console/storage_alarm.py" line="34"/>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../ui/console/storage_alarm.py" line="36"/>
        <source>The disk holding the contest file is full: reviewers&apos; ballots are being refused and their phones keep them until there is room. Free some disk space (delete or move files); the next ballot saved clears this alarm.</source>
        <translation>比赛文件所在磁盘已满：评委的评分正被拒收，评委手机会暂存评分，待有空间后再发送。请释放磁盘空间（删除或移走文件）；下一份评分保存成功后，此警报自动消除。</translation>
    </message>
</context>
<context>
    <name>TallyWorker</name>
    <message>
        <location filename="../../ui/console/tally_worker.py" line="162"/>
        <source>the tally process ended</source>
        <translation>计分进程已退出</translation>
    </message>
</context>
<context>
    <name>TieBreakEditor</name>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="41"/>
        <source>Presenters with equal scores are compared by these rules, first to last; presenters still equal share a place.</source>
        <translation>得分相同的汇报对象按以下规则依次比较；全部比较后仍相同的，名次并列。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="55"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="56"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="57"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="58"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="71"/>
        <source>Score of group {name}</source>
        <translation>评委组“{name}”的得分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="73"/>
        <source>Mean mark on criterion {name}</source>
        <translation>评分项“{name}”的平均分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="75"/>
        <source>Fewer scores dropped by trimming</source>
        <translation>被去掉的分数较少者优先</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="77"/>
        <source>Median of all reviewer totals</source>
        <translation>全部评委总分的中位数</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_rules.py" line="93"/>
        <source>No group or criterion of this name: remove this rule</source>
        <translation>没有这个名称的评委组或评分项：请删除这条规则</translation>
    </message>
</context>
</TS>
