import type { SkillCard } from '../../types';

export const ABUSE_CARDS_VI: SkillCard[] = [
  {
    id: 'abuseNoSecrets',
    area: 'abuse',
    ageGroups: ['preschool'],
    title: 'Bí mật không vui thì kể ra',
    body: [
      'Người lớn tốt không bắt con giấu bố mẹ điều gì.',
      'Ai bảo con “đừng kể với ai” thì con kể ngay với bố mẹ.',
    ],
    check: {
      question: 'Có người trên mạng bảo con: “Đừng kể với bố mẹ nhé.” Con làm gì?',
      options: [
        { text: 'Kể ngay với bố mẹ.', correct: true, feedback: 'Con làm đúng lắm! Bố mẹ luôn muốn nghe con kể.' },
        { text: 'Giữ bí mật.', correct: false, feedback: 'Bí mật như thế con cứ kể với bố mẹ, con không có lỗi gì.' },
      ],
    },
  },
  {
    id: 'abuseBodyPrivate',
    area: 'abuse',
    ageGroups: ['preschool'],
    title: 'Cơ thể của con là của con',
    body: [
      'Chỗ đồ bơi che là vùng riêng của con.',
      'Không ai được xin xem hay chụp ảnh vùng đó qua điện thoại.',
      'Nếu có ai xin, con nói “Không!” và kể với bố mẹ.',
    ],
  },
  {
    id: 'abuseUnkindWords',
    area: 'abuse',
    ageGroups: ['preschool'],
    title: 'Lời nói không tử tế',
    body: [
      'Nếu ai đó nói lời làm con buồn trên mạng, con không cần trả lời.',
      'Con kể với bố mẹ hoặc cô giáo để được giúp.',
    ],
    check: {
      question: 'Có người nhắn lời xấu làm con buồn. Con làm gì?',
      options: [
        { text: 'Kể với người lớn.', correct: true, feedback: 'Đúng rồi! Người lớn sẽ giúp con.' },
        { text: 'Nhắn lời xấu lại.', correct: false, feedback: 'Con không cần nhắn lại. Con kể với người lớn nhé.' },
      ],
    },
  },
  {
    id: 'abuseGiftsFromStrangers',
    area: 'abuse',
    ageGroups: ['primary'],
    title: 'Quà tặng từ người quen trên mạng',
    body: [
      'Người lạ có thể tặng thẻ game hay vật phẩm để làm thân với em.',
      'Sau đó họ có thể xin ảnh, hẹn gặp hoặc bảo em giữ bí mật.',
      'Nếu có người như vậy, em kể với bố mẹ hoặc thầy cô ngay.',
    ],
    check: {
      question: 'Một anh trong game tặng em thẻ nạp và bảo “đừng kể với ai”. Em làm gì?',
      options: [
        { text: 'Kể với bố mẹ hoặc thầy cô.', correct: true, feedback: 'Đúng! Lời dặn giữ bí mật là dấu hiệu cần báo người lớn.' },
        { text: 'Nhận quà và giữ bí mật.', correct: false, feedback: 'Quà kèm bí mật không phải là quà tốt. Em kể với người lớn nhé, em không bị mắng đâu.' },
      ],
    },
  },
  {
    id: 'abuseBullyingPrimary',
    area: 'abuse',
    ageGroups: ['primary'],
    title: 'Khi bị bắt nạt trên mạng',
    body: [
      'Bị chê bai, doạ nạt hay bị cô lập trên mạng đều là bắt nạt.',
      'Em không đáp trả, em chụp màn hình lại và chặn người đó.',
      'Em kể với người lớn em tin, vì em xứng đáng được giúp đỡ.',
    ],
  },
  {
    id: 'abuseFakeAuthority',
    area: 'abuse',
    ageGroups: ['primary'],
    title: 'Cuộc gọi doạ nạt',
    body: [
      'Có người gọi xưng là công an và bảo em đang gặp rắc rối.',
      'Công an thật không gọi cho trẻ em để đòi tiền hay bắt giữ bí mật.',
      'Em tắt máy và kể ngay với bố mẹ.',
    ],
    check: {
      question: 'Người gọi nói là công an và bảo em chuyển tiền của mẹ. Em làm gì?',
      options: [
        { text: 'Tắt máy và kể với bố mẹ.', correct: true, feedback: 'Rất đúng! Đó là kẻ lừa đảo giả danh.' },
        { text: 'Làm theo vì sợ.', correct: false, feedback: 'Sợ là bình thường, nhưng công an thật không làm vậy. Em tắt máy và kể với bố mẹ nhé.' },
      ],
    },
  },
  {
    id: 'abuseGroomingSigns',
    area: 'abuse',
    ageGroups: ['lowerSecondary'],
    title: 'Dấu hiệu của kẻ dụ dỗ',
    body: [
      'Họ khen bạn liên tục, nói chỉ họ mới hiểu bạn và tặng quà hay tiền.',
      'Họ muốn chuyển sang nhắn riêng, hỏi về cơ thể bạn hoặc xin ảnh.',
      'Họ dặn bạn giấu gia đình và bạn bè.',
      'Chỉ một trong những dấu hiệu này cũng đủ để bạn dừng lại và kể với người lớn.',
    ],
    check: {
      question: 'Điều nào là dấu hiệu đáng lo?',
      options: [
        { text: 'Người mới quen muốn chuyển sang nhắn riêng và dặn giữ bí mật.', correct: true, feedback: 'Đúng. Tách bạn khỏi người thân là bước quen thuộc của kẻ dụ dỗ.' },
        { text: 'Bạn cùng lớp rủ vào nhóm học tập của lớp.', correct: false, feedback: 'Nhóm lớp có thầy cô và bạn bè biết rõ là bình thường.' },
      ],
    },
  },
  {
    id: 'abuseSextortionBasics',
    area: 'abuse',
    ageGroups: ['lowerSecondary'],
    title: 'Bị doạ tung ảnh',
    body: [
      'Kẻ xấu có thể doạ tung ảnh của bạn nếu bạn không gửi thêm ảnh hay tiền.',
      'Đừng làm theo, vì chúng thường đòi tiếp.',
      'Giữ lại tin nhắn, chặn chúng và kể ngay với người lớn hoặc gọi 111.',
      'Đây không phải lỗi của bạn.',
    ],
  },
  {
    id: 'abuseGamblingGames',
    area: 'abuse',
    ageGroups: ['lowerSecondary'],
    title: 'Game đổi thưởng là cờ bạc',
    body: [
      'Một số trò chơi cho nạp tiền để quay thưởng, đặt cược rồi đổi ra tiền thật.',
      'Đó là cờ bạc được ngụy trang thành game, và bạn dễ thua nhiều hơn thắng.',
      'Nếu bạn bè rủ chơi hay thấy quảng cáo kiểu này, hãy nói không và kể với người lớn.',
    ],
    check: {
      question: 'Quảng cáo “Nạp ít, rút nhiều, đổi thưởng ngay” là gì?',
      options: [
        { text: 'Lời mời chơi cờ bạc.', correct: true, feedback: 'Đúng. Nhà cái luôn được lợi, người chơi thì mất tiền.' },
        { text: 'Một cách kiếm tiền tiêu vặt.', correct: false, feedback: 'Đó là cờ bạc, và người chơi thường mất tiền. Hãy tránh xa.' },
      ],
    },
  },
  {
    id: 'abuseBullyingTeens',
    area: 'abuse',
    ageGroups: ['lowerSecondary', 'upperSecondary'],
    title: 'Bắt nạt trên mạng không phải trò đùa',
    body: [
      'Lập nhóm nói xấu, tung ảnh chế hay cố tình loại ai đó ra khỏi nhóm đều là bắt nạt.',
      'Nếu bạn bị bắt nạt, hãy lưu bằng chứng, chặn và báo cáo trên nền tảng.',
      'Nếu bạn thấy bạn khác bị bắt nạt, một tin nhắn hỏi thăm hay báo thầy cô có thể giúp rất nhiều.',
    ],
  },
  {
    id: 'abuseSextortion',
    area: 'abuse',
    ageGroups: ['upperSecondary'],
    title: 'Tống tiền bằng ảnh nhạy cảm',
    body: [
      'Kẻ tống tiền thường giả làm bạn cùng tuổi, xin ảnh rồi doạ gửi cho gia đình nếu không chuyển tiền.',
      'Chúng cũng có thể dùng AI ghép mặt bạn vào ảnh giả.',
      'Đừng trả tiền, đừng gửi thêm, hãy giữ bằng chứng, báo cáo tài khoản đó và tìm người lớn hoặc gọi 111.',
      'Bạn là nạn nhân, không phải người có lỗi.',
    ],
    check: {
      question: 'Ai đó doạ tung ảnh của bạn nếu không chuyển tiền. Việc nào giúp bạn?',
      options: [
        { text: 'Không trả, giữ bằng chứng và nhờ người lớn hoặc 111 giúp.', correct: true, feedback: 'Đúng. Trả tiền hiếm khi làm kẻ tống tiền dừng lại, còn được hỗ trợ thì bạn không phải đối mặt một mình.' },
        { text: 'Chuyển tiền để chúng xoá ảnh.', correct: false, feedback: 'Kẻ tống tiền thường đòi thêm sau lần đầu. Hãy dừng liên lạc và tìm trợ giúp.' },
        { text: 'Xoá hết tin nhắn rồi im lặng.', correct: false, feedback: 'Tin nhắn là bằng chứng giúp xử lý kẻ xấu. Hãy giữ lại và kể với người bạn tin.' },
      ],
    },
  },
  {
    id: 'abuseOnlineKidnapping',
    area: 'abuse',
    ageGroups: ['upperSecondary'],
    title: 'Giả công an và “bắt cóc online”',
    body: [
      'Kẻ gian gọi video xưng là công an, nói bạn liên quan đến một vụ án và cấm kể với ai.',
      'Chúng bảo bạn thuê phòng một mình, tắt liên lạc với gia đình, rồi gọi cho bố mẹ bạn đòi tiền chuộc.',
      'Công an thật không làm việc qua cuộc gọi video và không yêu cầu bạn giấu gia đình.',
      'Hãy tắt máy và gọi ngay cho bố mẹ hoặc một người lớn bạn tin.',
    ],
    check: {
      question: 'Người xưng công an bảo bạn đến khách sạn một mình và không báo gia đình. Đây là gì?',
      options: [
        { text: 'Một vụ lừa đảo, cần tắt máy và gọi cho gia đình.', correct: true, feedback: 'Chính xác. Yêu cầu cô lập bạn khỏi gia đình là dấu hiệu rõ nhất của trò “bắt cóc online”.' },
        { text: 'Một cuộc điều tra thật cần giữ bí mật.', correct: false, feedback: 'Cơ quan chức năng không điều tra theo cách này. Hãy gọi cho gia đình ngay.' },
      ],
    },
  },
  {
    id: 'abuseFakeJobs',
    area: 'abuse',
    ageGroups: ['upperSecondary'],
    title: 'Việc nhẹ lương cao',
    body: [
      'Lời mời làm cộng tác viên, chốt đơn hay “làm nhiệm vụ” thường bắt bạn nộp tiền trước rồi mới trả hoa hồng.',
      'Lời mời đi làm ở nước ngoài với lương rất cao có thể dẫn tới lừa đảo hoặc mua bán người.',
      'Việc thật không bắt bạn đặt cọc, giữ bí mật hay gửi ảnh căn cước qua tin nhắn.',
    ],
  },
  {
    id: 'abuseBettingApps',
    area: 'abuse',
    ageGroups: ['upperSecondary'],
    title: 'Ứng dụng cá cược',
    body: [
      'Ứng dụng cá cược bóng đá hay casino trực tuyến được quảng cáo là dễ thắng và rút tiền nhanh.',
      'Chúng được thiết kế để bạn chơi tiếp và nhiều người rơi vào nợ, kể cả nợ từ các ứng dụng cho vay.',
      'Nếu bạn thấy khó dừng lại, hãy nói với người lớn bạn tin hoặc gọi 111 để được tư vấn.',
    ],
  },
];
