<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnounceScene</name>
    <message>
        <location filename="../../ui/projector/announce.py" line="83"/>
        <source>Announcing the score</source>
        <translation>当场亮分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="103"/>
        <source>No score to announce</source>
        <translation>暂无可公布的得分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="128"/>
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="140"/>
        <source>Judge %1</source>
        <translation>评委%1</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="156"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="159"/>
        <source>Group scores: %1</source>
        <translation>各组得分：%1</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="159"/>
        <location filename="../../ui/projector/announce.py" line="186"/>
        <location filename="../../ui/projector/announce.py" line="210"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="164"/>
        <source>%1: %2 scores share the highest, %3; the rule drops %4</source>
        <translation>%1：最高分 %3 有 %2 个，按规则去掉 %4 个</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="166"/>
        <source>%1: %2 scores share the lowest, %3; the rule drops %4</source>
        <translation>%1：最低分 %3 有 %2 个，按规则去掉 %4 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/projector/announce.py" line="176"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="188"/>
        <location filename="../../ui/projector/announce.py" line="206"/>
        <source>weighted final score %1</source>
        <translation>加权最后得分 %1 分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="188"/>
        <location filename="../../ui/projector/announce.py" line="204"/>
        <source>final score %1</source>
        <translation>最后得分 %1 分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="189"/>
        <source>the highest and lowest mark of each criterion dropped</source>
        <translation>各项指标分别去掉最高分和最低分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="195"/>
        <source>too few scores to drop any</source>
        <translation>评分人数不足，未去掉最高最低分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="201"/>
        <source>group score %1</source>
        <translation>得分 %1 分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="202"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="213"/>
        <source>dropping the highest score %1</source>
        <translation>去掉一个最高分 %1 分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="215"/>
        <source>dropping the lowest score %1</source>
        <translation>去掉一个最低分 %1 分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="219"/>
        <source>dropping the %1 highest scores %2</source>
        <translation>去掉 %1 个最高分 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="221"/>
        <source>dropping the %1 lowest scores %2</source>
        <translation>去掉 %1 个最低分 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="230"/>
        <source>Final score %1</source>
        <translation>最后得分 %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector/announce.py" line="232"/>
        <source>Ranking so far</source>
        <translation>当前排名</translation>
    </message>
</context>
<context>
    <name>DrawScene</name>
    <message>
        <location filename="../../ui/projector/draw.py" line="61"/>
        <source>Drawing the speaking order</source>
        <translation>发言顺序抽签</translation>
    </message>
    <message>
        <location filename="../../ui/projector/draw.py" line="65"/>
        <source>No draw yet</source>
        <translation>尚未抽签</translation>
    </message>
    <message>
        <location filename="../../ui/projector/draw.py" line="68"/>
        <source>Step 3 of 3: the seed is revealed and gives the order</source>
        <translation>第 3 步（共 3 步）：公布种子，得出顺序</translation>
    </message>
    <message>
        <location filename="../../ui/projector/draw.py" line="70"/>
        <source>Step 2 of 3: the witnesses type numbers or dice throws</source>
        <translation>第 2 步（共 3 步）：见证人输入数字或骰子点数</translation>
    </message>
    <message>
        <location filename="../../ui/projector/draw.py" line="72"/>
        <source>Step 1 of 3: the commitment is shown before anyone types</source>
        <translation>第 1 步（共 3 步）：输入之前先公布承诺值</translation>
    </message>
    <message>
        <location filename="../../ui/projector/draw.py" line="74"/>
        <source>Commitment (SHA-256 of the secret seed)</source>
        <translation>承诺值（秘密种子的 SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/projector/draw.py" line="77"/>
        <source>Seed: %1</source>
        <translation>种子：%1</translation>
    </message>
</context>
<context>
    <name>PresentingScene</name>
    <message>
        <location filename="../../ui/projector/presenting.py" line="53"/>
        <source>Up next</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <location filename="../../ui/projector/presenting.py" line="58"/>
        <source>Now presenting  %1 / %2</source>
        <translation>正在汇报  %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/projector/presenting.py" line="63"/>
        <source>Next: %1</source>
        <translation>下一位：%1</translation>
    </message>
</context>
<context>
    <name>ProjectorRank</name>
    <message>
        <location filename="../../ui/projector/theme.py" line="55"/>
        <source>Tied No. %1</source>
        <translation>并列第%1</translation>
    </message>
    <message>
        <location filename="../../ui/projector/theme.py" line="56"/>
        <source>No. %1</source>
        <translation>第%1名</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector/window.py" line="53"/>
        <location filename="../../ui/projector/window.py" line="185"/>
        <source>Arena projector</source>
        <translation>擂台赛投屏</translation>
    </message>
</context>
<context>
    <name>RankingScene</name>
    <message>
        <location filename="../../ui/projector/ranking.py" line="142"/>
        <source>{title} · Final ranking</source>
        <translation>{title} · 最终排名</translation>
    </message>
    <message>
        <location filename="../../ui/projector/ranking.py" line="144"/>
        <source>Provisional: scoring is still open</source>
        <translation>暂定结果：评分尚未结束</translation>
    </message>
    <message>
        <location filename="../../ui/projector/ranking.py" line="146"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/projector/ranking.py" line="147"/>
        <source>Presenter</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../ui/projector/ranking.py" line="148"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>ResultsScene</name>
    <message>
        <location filename="../../ui/projector/results.py" line="114"/>
        <source>Provisional: scoring is still open</source>
        <translation>暂定结果：评分尚未结束</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="129"/>
        <source>The results, from last place to first</source>
        <translation>评价结果将从最后一名开始逐一揭晓</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/projector/results.py" line="130"/>
        <source>%n presenter(s) ranked</source>
        <translation>
            <numerusform>共 %n 个汇报参与排名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="170"/>
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="176"/>
        <source>Objective: %1 (weight %2)</source>
        <translation>实绩：%1（权重 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="192"/>
        <source>%1 (highest)</source>
        <translation>%1（最高分）</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="192"/>
        <source>%1 (lowest)</source>
        <translation>%1（最低分）</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="193"/>
        <source>%1 reviewer %2</source>
        <translation>%1 评委%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/projector/results.py" line="197"/>
        <source>%1: %n mark(s) dropped, the highest and lowest of each criterion</source>
        <translation>
            <numerusform>%1：按各项指标去掉最高、最低分共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="208"/>
        <source>%1: %2 marks per criterion, fewer than %3; none dropped</source>
        <translation>%1：每项仅 %2 个分数，少于 %3 个，未去掉最高最低分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="210"/>
        <source>%1: %2 scores, fewer than %3; none dropped</source>
        <translation>%1：仅 %2 个分数，少于 %3 个，未去掉最高最低分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="218"/>
        <source>%1: %2 marks per criterion, %3 kept after dropping</source>
        <translation>%1：每项 %2 个分数去掉最高最低分后仅保留 %3 个</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="220"/>
        <source>%1: %2 scores, %3 kept after dropping</source>
        <translation>%1：%2 个分数去掉最高最低分后仅保留 %3 个</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="201"/>
        <source>Dropped:</source>
        <translation>去掉的分数：</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="112"/>
        <source>{title} · Results</source>
        <translation>{title} · 评价结果</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="182"/>
        <source>%1 of %2 reviewers scored</source>
        <translation>%2 位评委中 %1 位已评分</translation>
    </message>
</context>
<context>
    <name>ScoringScene</name>
    <message>
        <location filename="../../ui/projector/scoring.py" line="94"/>
        <source>Audience: scan to vote</source>
        <translation>大众评审：扫码投票</translation>
    </message>
    <message>
        <location filename="../../ui/projector/scoring.py" line="103"/>
        <source>Scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <location filename="../../ui/projector/scoring.py" line="103"/>
        <source>Scoring has ended</source>
        <translation>评分结束</translation>
    </message>
    <message>
        <location filename="../../ui/projector/scoring.py" line="111"/>
        <source>All presenters</source>
        <translation>全部汇报</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/projector/scoring.py" line="112"/>
        <source>%n presenter(s) open for scoring</source>
        <translation>
            <numerusform>%n 个汇报正在评分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/projector/scoring.py" line="124"/>
        <source>reviewers have scored</source>
        <translation>位评委已提交评分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/scoring.py" line="124"/>
        <source>ballots are in</source>
        <translation>份评分已提交</translation>
    </message>
    <message>
        <location filename="../../ui/projector/scoring.py" line="132"/>
        <source>Scoring is closed</source>
        <translation>评分已结束</translation>
    </message>
    <message>
        <location filename="../../ui/projector/scoring.py" line="134"/>
        <source>All ballots are in</source>
        <translation>全部评委已提交</translation>
    </message>
    <message>
        <location filename="../../ui/projector/scoring.py" line="136"/>
        <source>Scoring is open: please score on your phone</source>
        <translation>评分已开始，请在手机上评分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/scoring.py" line="137"/>
        <source>Scoring opens shortly</source>
        <translation>评分即将开始</translation>
    </message>
</context>
<context>
    <name>WelcomeScene</name>
    <message>
        <location filename="../../ui/projector/welcome.py" line="58"/>
        <source>Organised by %1</source>
        <translation>主办：%1</translation>
    </message>
    <message>
        <location filename="../../ui/projector/welcome.py" line="60"/>
        <source>Reviewers: how to join</source>
        <translation>评委如何参与评分</translation>
    </message>
    <message>
        <location filename="../../ui/projector/welcome.py" line="62"/>
        <source>Scan the QR code on your personal card with your phone and score on the page it opens.</source>
        <translation>请用手机扫描您个人评分卡上的二维码，在打开的页面上评分。</translation>
    </message>
    <message>
        <location filename="../../ui/projector/welcome.py" line="81"/>
        <source>%1 %2/%3 checked in</source>
        <translation>%1 %2/%3 已签到</translation>
    </message>
    <message>
        <location filename="../../ui/projector/welcome.py" line="84"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../ui/projector/welcome.py" line="84"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/projector/welcome.py" line="94"/>
        <source>Audience: scan to vote</source>
        <translation>大众评审：扫码投票</translation>
    </message>
</context>
</TS>
