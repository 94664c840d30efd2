; torchsmt obligation div.jvp_eq_dual@2x3_3 (lemma, op div, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 3), (3,)), off kinks
(set-info :source |torchsmt lemma div.jvp_eq_dual@2x3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- v0_0_0 (* div!1 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- v0_0_1 (* div!3 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- v0_0_2 (* div!5 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- v0_1_0 (* div!7 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- v0_1_1 (* div!9 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- v0_1_2 (* div!11 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) v0_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) v0_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) v0_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) v0_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) v0_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) v0_1_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!19 x1_0) (* div!1 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!20 x1_1) (* div!3 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!21 x1_2) (* div!5 v1_2)))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!22 x1_0) (* div!7 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!23 x1_1) (* div!9 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!24 x1_2) (* div!11 v1_2)))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let (($x171 (= (+ div!13 (- div!19)) div!2)))
(not $x171)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- v0_0_0 (* div!1 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- v0_0_1 (* div!3 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- v0_0_2 (* div!5 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- v0_1_0 (* div!7 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- v0_1_1 (* div!9 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- v0_1_2 (* div!11 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) v0_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) v0_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) v0_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) v0_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) v0_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) v0_1_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!19 x1_0) (* div!1 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!20 x1_1) (* div!3 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!21 x1_2) (* div!5 v1_2)))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!22 x1_0) (* div!7 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!23 x1_1) (* div!9 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!24 x1_2) (* div!11 v1_2)))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let (($x172 (= (+ div!14 (- div!20)) div!4)))
(not $x172)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- v0_0_0 (* div!1 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- v0_0_1 (* div!3 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- v0_0_2 (* div!5 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- v0_1_0 (* div!7 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- v0_1_1 (* div!9 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- v0_1_2 (* div!11 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) v0_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) v0_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) v0_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) v0_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) v0_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) v0_1_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!19 x1_0) (* div!1 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!20 x1_1) (* div!3 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!21 x1_2) (* div!5 v1_2)))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!22 x1_0) (* div!7 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!23 x1_1) (* div!9 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!24 x1_2) (* div!11 v1_2)))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let (($x173 (= (+ div!15 (- div!21)) div!6)))
(not $x173)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- v0_0_0 (* div!1 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- v0_0_1 (* div!3 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- v0_0_2 (* div!5 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- v0_1_0 (* div!7 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- v0_1_1 (* div!9 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- v0_1_2 (* div!11 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) v0_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) v0_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) v0_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) v0_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) v0_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) v0_1_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!19 x1_0) (* div!1 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!20 x1_1) (* div!3 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!21 x1_2) (* div!5 v1_2)))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!22 x1_0) (* div!7 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!23 x1_1) (* div!9 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!24 x1_2) (* div!11 v1_2)))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let (($x174 (= (+ div!16 (- div!22)) div!8)))
(not $x174)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- v0_0_0 (* div!1 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- v0_0_1 (* div!3 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- v0_0_2 (* div!5 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- v0_1_0 (* div!7 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- v0_1_1 (* div!9 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- v0_1_2 (* div!11 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) v0_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) v0_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) v0_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) v0_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) v0_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) v0_1_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!19 x1_0) (* div!1 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!20 x1_1) (* div!3 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!21 x1_2) (* div!5 v1_2)))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!22 x1_0) (* div!7 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!23 x1_1) (* div!9 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!24 x1_2) (* div!11 v1_2)))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let (($x175 (= (+ div!17 (- div!23)) div!10)))
(not $x175)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- v0_0_0 (* div!1 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- v0_0_1 (* div!3 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- v0_0_2 (* div!5 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- v0_1_0 (* div!7 v1_0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- v0_1_1 (* div!9 v1_1))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- v0_1_2 (* div!11 v1_2))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) v0_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) v0_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) v0_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) v0_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) v0_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) v0_1_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!19 x1_0) (* div!1 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!20 x1_1) (* div!3 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!21 x1_2) (* div!5 v1_2)))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!22 x1_0) (* div!7 v1_0)))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!23 x1_1) (* div!9 v1_1)))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!24 x1_2) (* div!11 v1_2)))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let (($x176 (= (+ div!18 (- div!24)) div!12)))
(not $x176)))
(check-sat)
