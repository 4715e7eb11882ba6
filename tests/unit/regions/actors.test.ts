import { describe, expect, it } from 'vitest';
import { anyActor, practiceWithoutActor } from '../../../src/pipeline/regions/actors';

describe('practiceWithoutActor: a committee\'s practice told without its verb', () => {
  // tj-00: a special committee's year, its committee named as the frame of its work.
  const nankai = [
    '社会法制委员会注重发挥本委优势,创新工作思路,围绕全区工作大局和区政协2012年工作要点,组织委员开展履职活动。围绕区政协常委会关于“进一步加强和创新社会管理”课题,开展专题调研;充分发挥政协委员在加强社会建设中的重要作用,在全区12个街道开展了“走进街道,走访社区”主题实践活动,成立了政协街道工作组。',
    '参加活动的政协委员表示,将在区政协的指导下继续走进社区。',
  ];

  it('is a case where 政协 is named often and no other body opens the article (tj-00)', () => {
    expect(anyActor(nankai)).toBe(false);
    expect(practiceWithoutActor('认真履职为维护稳定作贡献', nankai)).toBe(true);
  });

  it('is none where a government or a place convenes, or the committee is seldom named', () => {
    // ah-72: a government's notice on proposals; nm-47: a banner convening the city committee's members.
    expect(practiceWithoutActor('霍邱县人民政府办公室关于加快办理县十七届人大三次会议代表建议和县政协十届三次会议委员提案的通知', nankai)).toBe(false);
    const banner = ['近日,翁牛特旗召开住翁旗市政协委员座谈会。市政协副主席、旗委书记南振虎同志等多位领导参加此次座谈会。', ...nankai];
    expect(practiceWithoutActor(null, banner)).toBe(false);
    expect(practiceWithoutActor(null, ['社会法制委员会围绕区政协工作要点,组织委员开展履职活动。'])).toBe(false);
  });
});
