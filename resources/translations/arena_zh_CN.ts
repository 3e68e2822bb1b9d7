<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPage</name>
    <message>
        <location filename="../../ui/console/access.py" line="147"/>
        <source>Projector screen (read-only, for a second display):</source>
        <translation>投影大屏链接（只读，供另一台电脑的显示屏使用）：</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="151"/>
        <source>Copy screen link</source>
        <translation>复制大屏链接</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="92"/>
        <source>Reviewer</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="92"/>
        <source>Group</source>
        <translation>评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="92"/>
        <source>Personal link</source>
        <translation>个人链接</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="104"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="106"/>
        <source>Printable cards (PDF)…</source>
        <translation>打印评委卡片（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="125"/>
        <source>Address for phones:</source>
        <translation>手机访问地址：</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="130"/>
        <source>this laptop only: phones cannot reach it</source>
        <translation>仅限本机：手机无法访问</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="135"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="160"/>
        <source>Room Wi-Fi (on the projector and the cards):</source>
        <translation>会场 Wi-Fi（显示在投影和评委卡上）：</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="162"/>
        <source>network name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="164"/>
        <source>password (optional)</source>
        <translation>密码（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="181"/>
        <source>Wi-Fi: {name}   password: {password}</source>
        <translation>Wi-Fi：{name}&#x3000;密码：{password}</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="182"/>
        <source>Wi-Fi: {name}</source>
        <translation>Wi-Fi：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="202"/>
        <source>The server could not start: {error}</source>
        <translation>服务无法启动：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="216"/>
        <source>The printed cards use another address</source>
        <translation>已打印的评委卡使用另一个地址</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="221"/>
        <source>The cards were printed for {old}. Phones that scan them will not find the server at {new}.</source>
        <translation>评委卡是按 {old} 打印的。扫描评委卡的手机将无法在 {new} 找到服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="226"/>
        <source>Use the cards&apos; address</source>
        <translation>使用评委卡上的地址</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="227"/>
        <source>Start anyway (reprint the cards)</source>
        <translation>仍然启动（重新打印评委卡）</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="254"/>
        <source>Stop the server</source>
        <translation>停止服务</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="254"/>
        <source>Start the server</source>
        <translation>启动服务</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="259"/>
        <source>The reviewers&apos; server is not part of this build yet.</source>
        <translation>此版本尚未包含评委服务。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="263"/>
        <source>The server runs on {url}, which is this laptop only: phones cannot reach it. Stop the server and choose the address of the room&apos;s network.</source>
        <translation>服务器运行在 {url}，这是仅限本机的地址：手机无法访问。请停止服务器，改选会场网络的地址。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="271"/>
        <source>Phones on the room&apos;s network open {url} (each reviewer has a personal link below).</source>
        <translation>会场网络中的手机打开 {url}（每位评委的个人链接见下表）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="275"/>
        <source>Start the server so that reviewers can score from their phones.</source>
        <translation>启动服务后，评委即可用手机评分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="281"/>
        <source>Available once the cards module is installed.</source>
        <translation>安装卡片模块后可用。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="279"/>
        <location filename="../../ui/console/access.py" line="290"/>
        <source>(start the server)</source>
        <translation>（请先启动服务）</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="305"/>
        <source>Select a reviewer to show their QR code.</source>
        <translation>选择一位评委以显示其二维码。</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="321"/>
        <source>Save the cards</source>
        <translation>保存评委卡片</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="326"/>
        <source>Writing the cards…</source>
        <translation>正在生成卡片…</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="338"/>
        <source>Cards written to {path}</source>
        <translation>卡片已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/console/access.py" line="345"/>
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
        <location filename="../../ui/console/audience_panel.py" line="60"/>
        <source>{n} of {cap} phones joined</source>
        <translation>已加入 {n} / {cap} 部手机</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="62"/>
        <source>joining open</source>
        <translation>可加入</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="62"/>
        <source>joining closed</source>
        <translation>已关闭加入</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="65"/>
        <source>Audience ballots: {n}</source>
        <translation>大众评审票数：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="66"/>
        <source>Close joining</source>
        <translation>关闭加入</translation>
    </message>
    <message>
        <location filename="../../ui/console/audience_panel.py" line="66"/>
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
        <location filename="../../ui/console/board.py" line="73"/>
        <source>Only who is missing</source>
        <translation>只看未交的</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="76"/>
        <source>Show only the reviewers whose ballot for the current presenter is missing</source>
        <translation>只显示尚未给当前对象交表的评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="80"/>
        <source>Search reviewers or groups</source>
        <translation>搜索评委或分组</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/board.py" line="193"/>
        <source>%n ballot(s) counted so far.</source>
        <translation>
            <numerusform>目前已计入 %n 张评分表。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="203"/>
        <source>{presenter}: {done} of {eligible} ballots in.</source>
        <translation>{presenter}：已收到 {done} / {eligible} 张评分表。</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="207"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="211"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 人</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="212"/>
        <source>Still missing: {names}</source>
        <translation>尚未提交：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="214"/>
        <source>Every ballot is in for {presenter}.</source>
        <translation>{presenter} 的评分表已全部收齐。</translation>
    </message>
    <message>
        <location filename="../../ui/console/board.py" line="225"/>
        <source>{group} {done}/{eligible}</source>
        <translation>{group} {done}/{eligible}</translation>
    </message>
</context>
<context>
    <name>ContestController</name>
    <message>
        <location filename="../../ui/console/controller.py" line="85"/>
        <source>The contest is closed: the scores are frozen and the queue cannot move any more.</source>
        <translation>比赛已结束：分数已冻结，出场顺序不能再变动。</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="89"/>
        <location filename="../../ui/console/controller.py" line="98"/>
        <source>Not done: {reason}</source>
        <translation>未执行：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="94"/>
        <source>Close this presenter&apos;s scoring before announcing the score.</source>
        <translation>请先结束该汇报的评分，再公布得分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="95"/>
        <source>Nobody has scored this presenter: there is no score to announce.</source>
        <translation>还没有评委为该汇报评分，暂无得分可公布。</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="96"/>
        <source>That presenter is no longer in the contest.</source>
        <translation>该汇报对象已不在本次比赛中。</translation>
    </message>
    <message>
        <location filename="../../ui/console/controller.py" line="140"/>
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
        <location filename="../../ui/console/live.py" line="78"/>
        <source>Who has submitted (no scores shown)</source>
        <translation>提交情况（不显示分数）</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="81"/>
        <source>Provisional results — host only</source>
        <translation>临时结果——仅主持人可见</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="118"/>
        <source>Queue</source>
        <translation>出场顺序</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="121"/>
        <source>Double-click a presenter to bring them up now.</source>
        <translation>双击汇报对象，立即请其上场。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="141"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="209"/>
        <source>Start the contest</source>
        <translation>开始比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="178"/>
        <source>Next presenter</source>
        <translation>下一位</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="179"/>
        <location filename="../../ui/console/live.py" line="392"/>
        <source>Open scoring</source>
        <translation>开放评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="180"/>
        <source>Open scoring for all</source>
        <translation>全部开放评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="181"/>
        <source>Close scoring for all</source>
        <translation>全部关闭评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="185"/>
        <location filename="../../ui/console/live.py" line="395"/>
        <source>Start timer</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="186"/>
        <source>Extend timer</source>
        <translation>延长计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="187"/>
        <source>Reset timer</source>
        <translation>重置计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="188"/>
        <source>Enter a paper ballot…</source>
        <translation>代录纸质评分表…</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="182"/>
        <source>Close the contest…</source>
        <translation>结束比赛…</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="192"/>
        <source>Reveal: step back</source>
        <translation>揭晓：后退一步</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="193"/>
        <source>Reveal next</source>
        <translation>揭晓下一项</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="194"/>
        <source>Explain the score</source>
        <translation>显示得分说明</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="204"/>
        <source>On the projector and the web screen: each group&apos;s score and weight and the totals dropped by trimming, reviewers anonymous, for the presenter just revealed.</source>
        <translation>在投影和网页大屏上说明刚揭晓的得分：各组得分与权重、去掉的最高最低分（评委匿名）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="214"/>
        <source>Projector shows:</source>
        <translation>投影显示：</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="220"/>
        <source>Welcome</source>
        <translation>欢迎页</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="221"/>
        <source>Presenter and timer</source>
        <translation>汇报对象与计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="222"/>
        <source>Scoring in progress</source>
        <translation>正在评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="223"/>
        <source>Results (reveal)</source>
        <translation>结果（揭晓）</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="224"/>
        <source>Full ranking</source>
        <translation>完整排名</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="225"/>
        <source>Blank</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="306"/>
        <source>Close the contest</source>
        <translation>结束比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="297"/>
        <source>Close the contest? Every scoring window closes and no further ballot is accepted. The scores are frozen for the results.</source>
        <translation>确定结束比赛？所有评分窗口将关闭，不再接受评分表，分数将冻结用于出结果。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="130"/>
        <source>The projector: F9 shows it (full screen on the second screen), F11 on it toggles full screen.</source>
        <translation>投影：按 F9 显示（在第二块屏幕上全屏），在投影窗口按 F11 切换全屏。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="189"/>
        <source>Announce this score…</source>
        <translation>当场亮分…</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="226"/>
        <source>Announced score (亮分)</source>
        <translation>当场亮分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="248"/>
        <source>scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="254"/>
        <source>scoring for all</source>
        <translation>全部评分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/live.py" line="303"/>
        <source>%n ballot(s) are missing:</source>
        <translation>
            <numerusform>缺少 %n 张评分表：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="322"/>
        <source>Announce the score</source>
        <translation>当场亮分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="324"/>
        <source>Show {name}&apos;s score to the room now? The projector and the web screen strike out the dropped scores one by one and then show the final score.</source>
        <translation>现在向全场公布“{name}”的得分吗？投影和网页大屏将逐一划去去掉的最高分和最低分，然后显示最后得分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="339"/>
        <source>No presenter yet</source>
        <translation>尚无汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="341"/>
        <source>Next: {name}</source>
        <translation>下一位：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="341"/>
        <source>Next: —</source>
        <translation>下一位：—</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="344"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="345"/>
        <source>Live</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="346"/>
        <source>Closed — scores frozen</source>
        <translation>已结束——分数已冻结</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="359"/>
        <source>waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="359"/>
        <source>scoring open</source>
        <translation>评分中</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="359"/>
        <source>scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="392"/>
        <source>Close scoring</source>
        <translation>关闭评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="395"/>
        <source>Pause timer</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="404"/>
        <source>Only once this presenter&apos;s scoring is closed.</source>
        <translation>该汇报评分结束后才能亮分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="484"/>
        <source>Phones connected: {n}</source>
        <translation>已连接手机：{n}</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="489"/>
        <source>Reviewers&apos; server running at {url}</source>
        <translation>评委服务运行于 {url}</translation>
    </message>
    <message>
        <location filename="../../ui/console/live.py" line="492"/>
        <source>Reviewers&apos; server not running (see Reviewer access).</source>
        <translation>评委服务未运行（见“评委接入”）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/console/main_window.py" line="104"/>
        <source>Help and shortcuts</source>
        <translation>帮助与快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="146"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="148"/>
        <source>Open a backup…</source>
        <translation>打开备份…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="149"/>
        <source>Open the demo contest</source>
        <translation>打开演示比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="150"/>
        <source>Save the Excel template…</source>
        <translation>保存 Excel 模板…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="153"/>
        <source>Write the results report (PDF)…</source>
        <translation>生成结果报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="155"/>
        <source>Export the results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="157"/>
        <source>Close the contest file</source>
        <translation>关闭比赛文件</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="159"/>
        <source>&amp;Session</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="173"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="175"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="178"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="222"/>
        <source>Live session</source>
        <translation>现场进行</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="225"/>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="226"/>
        <source>Reviewer access</source>
        <translation>评委接入</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="253"/>
        <source>Arena console</source>
        <translation>擂台赛主持台</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="269"/>
        <source>The contest is already open</source>
        <translation>这个比赛已经打开</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="271"/>
        <source>Cannot open the contest</source>
        <translation>无法打开比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="294"/>
        <source>The contest was live: the reviewers&apos; server is running again at {url}</source>
        <translation>比赛正在进行：评委服务已在 {url} 重新运行</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="332"/>
        <source>Open a contest</source>
        <translation>打开比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="332"/>
        <location filename="../../ui/console/main_window.py" line="343"/>
        <location filename="../../ui/console/main_window.py" line="364"/>
        <source>Arena contests (*.arena)</source>
        <translation>擂台赛文件 (*.arena)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="343"/>
        <source>Open a backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="352"/>
        <source>Choose the setup (Excel or JSON)</source>
        <translation>选择设置文件（Excel 或 JSON）</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="352"/>
        <source>Setup files (*.xlsx *.json)</source>
        <translation>设置文件 (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="359"/>
        <source>The setup file has problems</source>
        <translation>设置文件有问题</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="364"/>
        <source>Save the new contest as</source>
        <translation>新比赛另存为</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="375"/>
        <source>Cannot create the contest</source>
        <translation>无法创建比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="386"/>
        <source>The demo&apos;s ballots are seeded: the results and the reveal can be tried at once. To try phones, open the practice contest (no scores).</source>
        <translation>演示比赛的评分是预置的：可直接试用结果和揭晓。如需试用手机评分，请打开练习比赛（无评分）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="399"/>
        <source>Save the Excel template</source>
        <translation>保存 Excel 模板</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="404"/>
        <source>Template saved to {path}</source>
        <translation>模板已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="510"/>
        <source>Results (*.xlsx *.csv *.json)</source>
        <translation>结果 (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="517"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="521"/>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="524"/>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/console/main_window.py" line="525"/>
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
    <name>ProblemText</name>
    <message>
        <location filename="../../ui/console/problem_text.py" line="19"/>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="20"/>
        <source>“{a}” is not a number</source>
        <translation>“{a}”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="21"/>
        <source>must be a positive number, not {a}</source>
        <translation>必须是正数，而不是 {a}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="24"/>
        <source>the step {a} does not divide the maximum {b}</source>
        <translation>步长 {a} 不能整除满分 {b}</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="28"/>
        <source>the name “{a}” is used twice (also row {b})</source>
        <translation>名称“{a}”重复（另见第 {b} 行）</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="30"/>
        <source>no group is called “{a}”</source>
        <translation>没有名为“{a}”的评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="31"/>
        <source>no presenter is called “{a}”</source>
        <translation>没有名为“{a}”的汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="34"/>
        <source>the tie-break rule “{a}” names no current group or criterion</source>
        <translation>同分决胜规则“{a}”所指的评委组或评分项已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="38"/>
        <source>the list is empty: at least one row is needed</source>
        <translation>列表为空：至少需要一行</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="42"/>
        <source>criterion {a} already has scores and cannot be removed</source>
        <translation>评分项 {a} 已有评分，不能删除</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="46"/>
        <source>criterion {a} already has scores: its maximum and step cannot change</source>
        <translation>评分项 {a} 已有评分：满分和步长不能修改</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="50"/>
        <source>{a} already has ballots and cannot be removed</source>
        <translation>{a} 已有评分表，不能删除</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="54"/>
        <source>{a} already scored {b}: the recusal cannot be added</source>
        <translation>{a} 已为 {b} 评分：不能再设为回避</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="59"/>
        <source>{a} can be read as more than one list of presenters ({b}): give them as a list</source>
        <translation>{a} 可以理解为不同的汇报对象名单（{b}）：请改用列表形式逐个填写</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="63"/>
        <source>rounding stages cannot be combined with leniency correction</source>
        <translation>取舍规则不能与评委宽严校正同时使用</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="67"/>
        <source>the criterion and weighted stages need each criterion&apos;s marks trimmed separately</source>
        <translation>“每项指标”和“加权分”取舍环节需要按每项指标分别去分</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="72"/>
        <source>a reviewer&apos;s total does not enter the score when each criterion is trimmed on its own</source>
        <translation>按每项指标分别去分时，评委总分不参与计算，不能在此环节取舍</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="77"/>
        <source>must be at least {a} to drop {b} at each end</source>
        <translation>至少为 {a}，才能在两端各去掉 {b} 个</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="81"/>
        <source>rounding stage {a} is not in the form stage:decimals[:rule]</source>
        <translation>第 {a} 条取舍规则的格式应为 环节:小数位数[:规则]</translation>
    </message>
    <message>
        <location filename="../../ui/console/problem_text.py" line="87"/>
        <source>the contest is closed: only the contest details (title, date, venue, organizer) can still be corrected; refused: {a}</source>
        <translation>比赛已结束：只能更正比赛信息（标题、日期、地点、主办单位）；以下修改被拒绝：{a}</translation>
    </message>
</context>
<context>
    <name>ProvisionalResults</name>
    <message>
        <location filename="../../ui/console/results.py" line="42"/>
        <source>Show provisional results (this screen only)</source>
        <translation>显示临时结果（仅本屏幕）</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="52"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="52"/>
        <source>Presenter</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="52"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="52"/>
        <source>Ballots</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="52"/>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="110"/>
        <source>The results could not be computed: {error}</source>
        <translation>无法计算结果：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="97"/>
        <source>Provisional results appear here once the scoring module is installed.</source>
        <translation>安装计分模块后，此处显示临时结果。</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="126"/>
        <source>Final results (the contest is closed).</source>
        <translation>最终结果（比赛已结束）。</translation>
    </message>
    <message>
        <location filename="../../ui/console/results.py" line="128"/>
        <source>Provisional: scores are still coming in.</source>
        <translation>临时结果：评分仍在进行中。</translation>
    </message>
</context>
<context>
    <name>ProxyBallotDialog</name>
    <message>
        <location filename="../../ui/console/proxy.py" line="48"/>
        <source>Enter a paper ballot</source>
        <translation>代录纸质评分表</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="51"/>
        <source>For a reviewer without a phone. The ballot is recorded as entered by the host.</source>
        <translation>用于没有手机的评委。该评分表记录为主持人代录。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="61"/>
        <source>Presenter</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="63"/>
        <source>Reviewer</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="67"/>
        <source>0 to {max}, step {step}</source>
        <translation>0 到 {max}，步长 {step}</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="71"/>
        <source>e.g. paper form no. 12</source>
        <translation>例如：纸质表第 12 号</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="72"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="101"/>
        <source>{name}（{group}）— has a ballot</source>
        <translation>{name}（{group}）— 已有评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="107"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/proxy.py" line="109"/>
        <source>Still missing for {presenter} (%n): {names}</source>
        <translation>
            <numerusform>{presenter} 尚未评分（%n 人）：{names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="115"/>
        <source>Every reviewer has a ballot for {presenter}.</source>
        <translation>所有评委都已为 {presenter} 评分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="134"/>
        <source>Already submitted by phone at {time}; entering replaces it.</source>
        <translation>已于 {time} 通过手机提交；录入将替换它。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="135"/>
        <source>Already has a ballot (entered at {time}); entering replaces it.</source>
        <translation>已有评分（{time} 录入）；录入将替换它。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="147"/>
        <source>Enter a mark for {criteria}: a blank field is not a zero.</source>
        <translation>请为 {criteria} 填写分数：空白不等于零分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="170"/>
        <source>Replace a ballot</source>
        <translation>替换评分表</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="171"/>
        <source>Save the paper ballot in its place?</source>
        <translation>用这张纸质评分表替换它吗？</translation>
    </message>
    <message>
        <location filename="../../ui/console/proxy.py" line="172"/>
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
        <location filename="../../ui/console/reveal_panel.py" line="26"/>
        <source>Reveal (for you, not on the projector)</source>
        <translation>揭晓（仅供您查看，不上投影）</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="33"/>
        <source>Show the final ranking</source>
        <translation>显示最终排名</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="46"/>
        <source>Counting the results…</source>
        <translation>正在计算结果…</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="51"/>
        <source>Nothing to reveal yet: no presenter has a result.</source>
        <translation>暂无可揭晓的结果：还没有汇报对象有得分。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/reveal_panel.py" line="56"/>
        <source>%n of {total} revealed.</source>
        <translation>
            <numerusform>已揭晓 %n / {total}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="59"/>
        <source>Next to reveal (F12):
No. {rank} {name} {score}</source>
        <translation>下一个揭晓（F12）：
第{rank}名 {name} {score}</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="63"/>
        <source>Provisional: the contest is still open.</source>
        <translation>暂定结果：比赛仍在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="66"/>
        <source>The final ranking is on the projector.</source>
        <translation>最终排名已在投影上显示。</translation>
    </message>
    <message>
        <location filename="../../ui/console/reveal_panel.py" line="68"/>
        <source>Every result is revealed. Next: show the final ranking.</source>
        <translation>所有结果已揭晓。下一步：显示最终排名。</translation>
    </message>
</context>
<context>
    <name>RoomCheck</name>
    <message>
        <location filename="../../ui/console/room_check.py" line="24"/>
        <source>Can phones reach this laptop?</source>
        <translation>手机能连上这台电脑吗？</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="38"/>
        <source>&lt;b&gt;No phone has reached the server yet.&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Venue Wi-Fi often keeps devices apart (client isolation): start this laptop&apos;s own hotspot and have the phones join it.&lt;/li&gt;&lt;li&gt;A firewall may block the port: allow Arena when the system asks, or open the port.&lt;/li&gt;&lt;li&gt;The phones must be on the same network as this laptop (not mobile data, not a guest network).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;还没有手机连上服务器。&lt;/b&gt;&lt;ul&gt;&lt;li&gt;会场 Wi-Fi 常会隔离设备（客户端隔离）：请开启这台电脑的热点，让手机连接它。&lt;/li&gt;&lt;li&gt;防火墙可能拦截了端口：系统询问时请允许 Arena，或放行该端口。&lt;/li&gt;&lt;li&gt;手机必须与这台电脑在同一网络（不是移动数据，也不是访客网络）。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="77"/>
        <source>Start the server, then scan this test code with a phone.</source>
        <translation>启动服务器后，用手机扫描这个测试码。</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="79"/>
        <source>A phone has reached the server: the room&apos;s network works.</source>
        <translation>已有手机连上服务器：会场网络正常。</translation>
    </message>
    <message>
        <location filename="../../ui/console/room_check.py" line="83"/>
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
        <location filename="../../ui/console/setup_editor.py" line="91"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="91"/>
        <source>Max points</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="91"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="91"/>
        <location filename="../../ui/console/setup_editor.py" line="92"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="92"/>
        <location filename="../../ui/console/setup_editor.py" line="93"/>
        <source>Group</source>
        <translation>评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="93"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="125"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="94"/>
        <source>Presenter</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="74"/>
        <source>The contest is closed and its results are final: criteria, groups, reviewers, recusals, presenters and the scoring method can no longer change. Only the contest details (title, date, venue, organizer) can still be corrected; each correction is written to the session log.</source>
        <translation>比赛已结束，结果已经确定：评分标准、评委组、评委、回避、汇报对象和计分方法都不能再修改。只有比赛信息（标题、日期、地点、主办单位）仍可更正，每次更正都会记入会议日志。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="93"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="94"/>
        <source>Speaker</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="94"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="94"/>
        <source>Minutes</source>
        <translation>时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="97"/>
        <source>Criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="98"/>
        <source>Groups</source>
        <translation>评委组</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="99"/>
        <source>Reviewers</source>
        <translation>评委</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="100"/>
        <source>Presenters (queue order)</source>
        <translation>汇报对象（出场顺序）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="106"/>
        <source>Recusals</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="109"/>
        <location filename="../../ui/console/setup_editor.py" line="442"/>
        <source>Tie-break order</source>
        <translation>同分决胜规则</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="126"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="127"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="128"/>
        <source>Organizer</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="129"/>
        <source>What is presented (e.g. 产业链, 项目, 选手)</source>
        <translation>汇报对象称谓（如 产业链、项目、选手）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="139"/>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="139"/>
        <source>Trimmed mean (drop highest and lowest)</source>
        <translation>去掉最高最低后平均</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="139"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="146"/>
        <source>Score each presenter in turn</source>
        <translation>逐个评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="146"/>
        <source>Score everyone at the end</source>
        <translation>最后统一评分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="151"/>
        <source>Each reviewer&apos;s total</source>
        <translation>每位评委的总分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="151"/>
        <source>Each criterion&apos;s marks separately</source>
        <translation>各评分项分别去掉</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="154"/>
        <source>Leniency correction</source>
        <translation>宽严校正</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="157"/>
        <source>Standardises each reviewer&apos;s totals before averaging, so a strict and a generous reviewer weigh the same; results are labelled as corrected.</source>
        <translation>先把每位评委的总分标准化再平均，使打分严和打分松的评委分量相同；结果会标明已校正。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="166"/>
        <source>Method</source>
        <translation>计分方法</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="167"/>
        <source>Drop highest/lowest</source>
        <translation>去掉最高/最低各</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="168"/>
        <source>What is trimmed</source>
        <translation>去掉的对象</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="170"/>
        <source>How reviewers score</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="184"/>
        <source>Reveal all at the end, last place first</source>
        <translation>最后统一揭晓（从最后一名开始）</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="184"/>
        <source>Announce each score once scored</source>
        <translation>每位汇报评分结束后当场亮分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="187"/>
        <source>Show every reviewer&apos;s total</source>
        <translation>亮分时显示每位评委的总分</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="189"/>
        <source>Off: the announcement shows only the dropped highest and lowest and the final score.</source>
        <translation>不勾选时，亮分只显示去掉的最高分、最低分和最后得分。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="191"/>
        <source>Show the ranking so far</source>
        <translation>亮分后显示当前排名</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="196"/>
        <source>Announcing results</source>
        <translation>公布结果</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="213"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="214"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="215"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="216"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="228"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="230"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="240"/>
        <source>Import Excel or JSON…</source>
        <translation>导入 Excel 或 JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="241"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="242"/>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="250"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="252"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="360"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="388"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="398"/>
        <source>Remove rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="405"/>
        <source>Move rows</source>
        <translation>移动行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/console/setup_editor.py" line="447"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>保存前需修正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="462"/>
        <source>Correct the details of a closed contest</source>
        <translation>更正已结束比赛的信息</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="464"/>
        <source>The contest is closed. Save the corrected contest details? The correction is written to the session log with the values before and after.</source>
        <translation>比赛已结束。确定保存更正后的比赛信息？更正前后的内容都会记入会议日志。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="473"/>
        <source>Change a contest that has scores</source>
        <translation>修改已有评分的比赛</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="475"/>
        <source>This contest already has scores. Save these changes? They are written to the session log; changes that would alter a recorded score are refused.</source>
        <translation>此比赛已有评分。确定保存这些修改？修改将记入会议日志；会改变已记录分数含义的修改将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="487"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="490"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="497"/>
        <source>Import a setup</source>
        <translation>导入设置</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="497"/>
        <source>Setup files (*.xlsx *.json)</source>
        <translation>设置文件 (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="504"/>
        <source>The setup file has problems</source>
        <translation>设置文件有问题</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="506"/>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="517"/>
        <source>Fix the problems before exporting.</source>
        <translation>请先修正问题再导出。</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="521"/>
        <source>Export the setup</source>
        <translation>导出设置</translation>
    </message>
    <message>
        <location filename="../../ui/console/setup_editor.py" line="525"/>
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
